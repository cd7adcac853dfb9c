#!/usr/bin/env node
// `pnpm start`: build what the browser needs (widget bundle, gallery), load the demo data on
// first start when the database is empty, compile the server, then serve everything on PORT
// (default 3000).
import { spawn, spawnSync } from 'node:child_process';
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
run('compiling the server', 'pnpm', ['build:server']);
// The server as production runs it (`pnpm serve`: compiled, with its Node flags), told where the
// builds it serves lie unless the operator already said so. This process stays as its parent: a
// stop signal sent to it (by a supervisor, a test, a terminal) is passed on, and it ends with the
// server's code once the server has stopped cleanly.
const server = spawn('pnpm', ['serve'], {
  stdio: 'inherit',
  env: childEnv({
    WIDGET_DIST: envVar('WIDGET_DIST') ?? resolve('packages/widget/dist'),
    GALLERY_DIST: envVar('GALLERY_DIST') ?? resolve('apps/gallery/dist'),
  }),
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 1));
