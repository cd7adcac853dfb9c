import { spawnSync } from 'node:child_process';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { ROOT } from './repo-paths.js';

/**
 * Runs one of the repository's TypeScript commands (importer, keys) to completion and returns
 * what it printed; prints its duration, or its output and exits when it fails.
 */
export function runTsx(label: string, args: string[], env: NodeJS.ProcessEnv): string {
  const started = performance.now();
  const result = spawnSync('pnpm', ['exec', 'tsx', ...args], {
    cwd: ROOT,
    env: childProcessEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed:\n${result.stdout.slice(-4000)}${result.stderr.slice(-4000)}`);
    process.exit(1);
  }
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result.stdout;
}
