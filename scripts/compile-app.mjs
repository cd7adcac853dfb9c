#!/usr/bin/env node
// An app and the workspace packages it imports, compiled to JavaScript that Node runs as it is:
// `node scripts/compile-app.mjs apps/<app>`. Each package's `src/` becomes its `dist/`, file for
// file, at the same depth, so that paths built from `import.meta.url` (migrations, the demo
// files, the widget's and the gallery's build folders) point where they do in the sources.
// Workspace packages are reached through the `inserjeunes-js` export condition, which the
// compiled commands pass to Node (`pnpm serve`, `pnpm data:import`). Only transpiled: the type
// check is `pnpm typecheck`'s job (ADR 0020, ADR 0058).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The package folders to compile: the app and, transitively, the workspace packages it depends on. */
export function packagesToCompile(app) {
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
  visit(join(ROOT, app));
  return [...seen];
}

const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.test.ts');
/** JSON files of a `generated` folder are read at run time by the code beside them. */
const isGeneratedData = (entry) =>
  entry.name.endsWith('.json') && entry.parentPath.endsWith('/generated');

/** The sources that run in production: every `.ts` file of `src/` but the tests. */
function sources(folder) {
  return readdirSync(join(folder, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && isSource(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function generatedData(folder) {
  return readdirSync(join(folder, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && isGeneratedData(entry))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Writes a file through a temporary name: a process running the compiled tree never reads half of it. */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Files of `outdir` that this compilation did not write: a source removed since. */
function removeOthers(outdir, written) {
  for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !written.has(path)) rmSync(path, { force: true });
  }
}

/** Compiles `app` (`apps/api`, `apps/importer`) and the packages it imports into their `dist/`. */
export async function compileApp(app, log = console.log) {
  const { build } = await import('esbuild');
  for (const folder of packagesToCompile(app)) {
    const outdir = join(folder, 'dist');
    const result = await build({
      entryPoints: sources(folder),
      outdir,
      outbase: join(folder, 'src'),
      bundle: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      write: false,
    });
    // Written in place, file by file, rather than into an emptied folder: another command may
    // be running this tree (the server and the importer share the packages' `dist/`).
    const written = new Set();
    for (const file of result.outputFiles) {
      writeAtomically(file.path, file.contents);
      written.add(file.path);
    }
    // Generated data the sources read next to themselves (the OpenAPI examples) go along.
    for (const file of generatedData(folder)) {
      const target = join(outdir, relative(join(folder, 'src'), file));
      cpSync(file, target);
      written.add(target);
    }
    removeOthers(outdir, written);
    log(`✓ ${relative(ROOT, folder)}/dist`);
  }
}

/**
 * Why the compiled `entry` (`apps/importer/dist/cli.js`) cannot be run as it is: missing, or
 * older than a source of the app or of a package it imports (a file changed, added or
 * removed); null when it is up to date.
 */
export function staleness(app, entry) {
  const compiled = join(ROOT, entry);
  if (!existsSync(compiled)) return { missing: true, source: null };
  const built = statSync(compiled).mtimeMs;
  for (const folder of packagesToCompile(app)) {
    const src = join(folder, 'src');
    // A folder's time changes when a file is added to it or removed from it.
    if (statSync(src).mtimeMs > built) return { missing: false, source: relative(ROOT, src) };
    for (const item of readdirSync(src, { recursive: true, withFileTypes: true })) {
      const relevant = item.isDirectory() || isSource(item.name) || isGeneratedData(item);
      if (!relevant) continue;
      const path = join(item.parentPath, item.name);
      if (statSync(path).mtimeMs > built) return { missing: false, source: relative(ROOT, path) };
    }
  }
  return null;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const app = process.argv[2];
  if (app === undefined || !existsSync(join(ROOT, app, 'package.json'))) {
    console.error('Usage : node scripts/compile-app.mjs apps/<app>');
    process.exit(2);
  }
  const started = Date.now();
  await compileApp(app);
  console.log(`${app} compilé en ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
