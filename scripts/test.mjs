#!/usr/bin/env node
// Runs every check the project has, in the order a failure is cheapest to find:
// lint, types, generated files, package tests (database tests on PGlite, and on
// PostgreSQL too when DATABASE_URL is set), the API's and the importer's on Node 22 as well,
// then the browser journeys.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { envVar } from './env.mjs';

const steps = [
  ['lint', 'pnpm', ['lint']],
  ['types', 'pnpm', ['typecheck']],
  ['generated files are fresh', 'node', ['scripts/check-generated.mjs']],
  [
    'package tests',
    'pnpm',
    ['-r', '--workspace-concurrency=1', '--filter', '!@inserjeunes/e2e', 'test'],
  ],
];
// The API and the importer run on Node 22 LTS too (`engines`): their tests run again on it.
steps.push(['API and importer tests on Node 22', 'node', ['scripts/test-node22.mjs']]);
if (existsSync('e2e/package.json')) {
  steps.push(['end-to-end journeys', 'pnpm', ['--filter', '@inserjeunes/e2e', 'test']]);
}

if (!envVar('DATABASE_URL')) {
  console.log('DATABASE_URL is not set: database tests run on PGlite only.');
}

const started = Date.now();
for (const [name, command, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
