import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@inserjeunes/tooling/workspace-root';

const WIDGET = join(findWorkspaceRoot(), 'packages/widget/');

function run(command: string, args: string[], cwd: string): void {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8', timeout: 300_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} (${cwd}) a échoué :\n${stdout}\n${stderr}`);
  }
}

/** The version range of a development tool the widget builds with, for the blank app to use the same. */
function widgetDevRange(name: string): string {
  const manifest = JSON.parse(readFileSync(join(WIDGET, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  if (manifest.devDependencies[name] === undefined) {
    throw new Error(`le widget ne dépend pas de ${name}`);
  }
  // The workspace names its versions through the pnpm catalog (`catalog:`), which npm does not
  // read: the blank application asks for the version the widget was built and tested with.
  const installed = JSON.parse(
    readFileSync(join(WIDGET, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { version: string };
  return installed.version;
}

/** What the blank application's page holds: two widgets, one given its API at run time, one not. */
const MAIN = `import '@inserjeunes/widget';

const api = new URLSearchParams(location.search).get('api') ?? '';
const code = new URLSearchParams(location.search).get('code') ?? '';
document.querySelector('#app').innerHTML =
  '<inserjeunes-indicateurs id="avec-api"></inserjeunes-indicateurs>' +
  '<inserjeunes-indicateurs id="sans-api"></inserjeunes-indicateurs>';
for (const widget of document.querySelectorAll('inserjeunes-indicateurs')) {
  widget.setAttribute('code', code);
}
document.querySelector('#avec-api').setAttribute('api', api);
`;

/** A React component using the element, for the compiler to check against the JSX types. */
const JSX_CHECK = `import type {} from '@inserjeunes/widget/jsx';
import type { InserjeunesIndicateurs, LoadDetail } from '@inserjeunes/widget';

export const ok = <inserjeunes-indicateurs code="40025214" api="https://exemple.fr" audience="lycee" heading-level={3} />;
// @ts-expect-error: the audience must be one of the three.
export const wrongAudience = <inserjeunes-indicateurs code="40025214" api="https://exemple.fr" audience="college" />;
export const element: InserjeunesIndicateurs | null = document.querySelector('inserjeunes-indicateurs');
export const onLoad = (event: CustomEvent<LoadDetail>): string => event.detail.state;
`;

/**
 * Packs the widget as it would be published (`pnpm pack`, which runs `prepack`), installs
 * the tarball with npm into a blank Vite application in `folder` (outside the workspace:
 * nothing of the workspace can be borrowed), type-checks a React file against the package's
 * JSX types, and builds the application for production. Returns the built folder.
 */
export function buildPackedWidgetApp(folder: string): string {
  const packs = join(folder, 'paquet');
  mkdirSync(packs);
  run('pnpm', ['pack', '--pack-destination', packs], WIDGET);
  const tarball = readdirSync(packs).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`pnpm pack n’a rien écrit dans ${packs}`);

  const app = join(folder, 'application');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'application-partenaire',
      private: true,
      type: 'module',
      dependencies: { '@inserjeunes/widget': `file:${join(packs, tarball)}` },
      devDependencies: {
        vite: widgetDevRange('vite'),
        typescript: widgetDevRange('typescript'),
        '@types/react': '^19.0.0',
      },
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title></head><body><main id="app"></main><script type="module" src="/main.js"></script></body></html>',
  );
  writeFileSync(join(app, 'main.js'), MAIN);
  writeFileSync(join(app, 'check.tsx'), JSX_CHECK);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2023', 'dom', 'dom.iterable'],
        skipLibCheck: false,
        types: [],
      },
      files: ['check.tsx'],
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], app);
  run(join(app, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], app);
  return join(app, 'dist');
}
