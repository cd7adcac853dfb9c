#!/usr/bin/env node
// Generated files are committed and never edited by hand: regenerate each one and fail
// when the result differs from what is committed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const checks = [
  {
    name: 'database migrations',
    paths: ['packages/db/drizzle'],
    command: ['pnpm', ['--filter', '@inserjeunes/db', 'exec', 'drizzle-kit', 'generate']],
  },
  {
    name: 'widget locales',
    paths: ['packages/widget/xliff', 'packages/widget/src/generated'],
    command: ['pnpm', ['--filter', '@inserjeunes/widget', 'run', 'localize']],
    when: 'packages/widget/lit-localize.json',
  },
  {
    name: 'widget response validators',
    paths: ['packages/widget/src/generated/validators.ts'],
    command: ['pnpm', ['--filter', '@inserjeunes/widget', 'run', 'validators']],
    when: 'packages/widget/scripts/generate-validators.ts',
  },
  {
    name: 'custom elements manifest',
    paths: ['packages/widget/custom-elements.json'],
    command: ['pnpm', ['--filter', '@inserjeunes/widget', 'run', 'manifest']],
    when: 'packages/widget/custom-elements.json',
  },
  {
    name: 'demo dataset files',
    paths: ['packages/demo-data/files'],
    command: ['pnpm', ['run', '--silent', 'data:demo']],
  },
  // Answers of the API on the demo dataset, after it.
  {
    name: 'OpenAPI response examples',
    paths: ['apps/api/src/openapi/generated'],
    command: ['pnpm', ['--filter', '@inserjeunes/api', 'run', '--silent', 'openapi:examples']],
  },
];

let stale = false;
for (const check of checks) {
  if (check.when && !existsSync(check.when)) continue;
  const [command, args] = check.command;
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`✗ could not regenerate ${check.name}:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  const status = spawnSync('git', ['status', '--porcelain', '--', ...check.paths], {
    encoding: 'utf8',
  }).stdout.trim();
  if (status !== '') {
    stale = true;
    console.error(`✗ ${check.name} are not up to date; regenerate and commit them:\n${status}`);
  } else {
    console.log(`✓ ${check.name} are up to date`);
  }
}
process.exit(stale ? 1 : 0);
