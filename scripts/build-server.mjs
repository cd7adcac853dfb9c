#!/usr/bin/env node
// `pnpm build:server`: the API and the workspace packages it imports, compiled to JavaScript
// that Node runs as it is (`pnpm serve`). Each package's `src/` becomes its `dist/`, file for
// file, at the same depth, so that paths built from `import.meta.url` (migrations, the widget's
// and the gallery's build folders) point where they do in the sources. Workspace packages are
// reached through the `inserjeunes-js` export condition, which `pnpm serve` passes to Node.
// Only transpiled: the type check is `pnpm typecheck`'s job (ADR 0020).
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The package folders to compile: apps/api and, transitively, the workspace packages it depends on. */
function packagesToCompile(start) {
  const folders = new Map(
    readdirSync(join(ROOT, 'packages')).map((name) => {
      const folder = join(ROOT, 'packages', name);
      return [JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name, folder];
    }),
  );
  const seen = new Set();
  const visit = (folder) => {
    if (seen.has(folder)) return;
    seen.add(folder);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
      const dependency = folders.get(name);
      if (String(version).startsWith('workspace:') && dependency) visit(dependency);
    }
  };
  visit(start);
  return [...seen];
}

/** The sources that run in production: every `.ts` file of `src/` but the tests. */
function sources(folder) {
  return readdirSync(join(folder, 'src'), { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The JSON files of the `generated` folders of `src`, read at run time by the code beside them. */
function generatedData(folder) {
  return readdirSync(join(folder, 'src'), { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && entry.name.endsWith('.json') && entry.parentPath.endsWith('/generated'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

const started = Date.now();
for (const folder of packagesToCompile(join(ROOT, 'apps/api'))) {
  const outdir = join(folder, 'dist');
  // A file removed from the sources must not live on in the compiled tree.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: sources(folder),
    outdir,
    outbase: join(folder, 'src'),
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  // Generated data the sources read next to themselves (the OpenAPI examples) go along.
  for (const file of generatedData(folder)) {
    cpSync(file, join(outdir, relative(join(folder, 'src'), file)));
  }
  console.log(`✓ ${relative(ROOT, folder)}/dist`);
}
console.log(`Serveur compilé en ${((Date.now() - started) / 1000).toFixed(1)} s`);
