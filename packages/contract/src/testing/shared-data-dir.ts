import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function repositoryRoot(dir: string): string {
  if (existsSync(join(dir, 'pnpm-workspace.yaml')) || dirname(dir) === dir) return dir;
  return repositoryRoot(dirname(dir));
}

/**
 * The real files, next to the repository (`../shared/data` from its root), for the
 * contract's tests. The contract depends on no other workspace, so it looks for the root
 * itself rather than reach it by `../..`.
 */
export function sharedDataDir(): string {
  return join(repositoryRoot(import.meta.dirname), '../shared/data/');
}
