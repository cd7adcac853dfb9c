#!/usr/bin/env node
// The API's and the importer's tests again, on Node 22 LTS (npm's `node` package, through npx:
// the machine's Node is 20). Part of `pnpm test` (scripts/test.mjs); alone: `pnpm test:node22`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE = ['-y', 'node@22'];
const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');

const version = spawnSync('npx', [...NODE, '-p', 'process.version'], { encoding: 'utf8' });
if (version.status !== 0 || !version.stdout.startsWith('v22.')) {
  console.error(`Node 22 introuvable par npx (npm install node@22) :\n${version.stderr}`);
  process.exit(1);
}
console.log(`Node ${version.stdout.trim()}`);
for (const workspace of ['apps/api', 'apps/importer']) {
  console.log(`\n${workspace} on Node 22`);
  const run = spawnSync('npx', [...NODE, vitest, 'run'], {
    cwd: join(ROOT, workspace),
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
