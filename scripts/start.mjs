#!/usr/bin/env node
// `pnpm start`: build what the browser needs (widget bundle, gallery), load the demo data on
// first start when the database is empty, then serve everything on PORT (default 3000).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { childEnv, envVar } from './env.mjs';

function run(label, command, args, env = childEnv()) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

for (const [dir, name] of [
  ['packages/widget', '@inserjeunes/widget'],
  ['apps/gallery', '@inserjeunes/gallery'],
]) {
  if (existsSync(`${dir}/package.json`))
    run(`building ${name}`, 'pnpm', ['--filter', name, 'build']);
}
if (existsSync('apps/importer/src/cli.ts')) {
  run('loading the demo data', 'pnpm', [
    'exec',
    'tsx',
    'apps/importer/src/cli.ts',
    '--demo-if-empty',
  ]);
}
// The server as production runs it (`pnpm serve`: its Node flags included), told where the
// builds it serves lie unless the operator already said so.
run(
  'API server',
  'pnpm',
  ['serve'],
  childEnv({
    WIDGET_DIST: envVar('WIDGET_DIST') ?? resolve('packages/widget/dist'),
    GALLERY_DIST: envVar('GALLERY_DIST') ?? resolve('apps/gallery/dist'),
  }),
);
