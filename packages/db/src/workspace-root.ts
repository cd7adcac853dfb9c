import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root (with a trailing slash): the nearest folder above `from` that holds
 * `pnpm-workspace.yaml`. Looked for rather than reached by a `../..` path, so that no workspace
 * names a place outside itself by where its files happen to sit.
 */
export function findWorkspaceRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return join(dir, '/');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`pnpm-workspace.yaml introuvable au-dessus de ${from}`);
    dir = parent;
  }
}
