import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Env {
  databaseUrl: string | undefined;
  pgliteDir: string;
}

/** The only place the importer reads its environment. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return {
    databaseUrl: source.DATABASE_URL || undefined,
    pgliteDir: source.PGLITE_DIR || `${REPO_ROOT}.data/pglite`,
  };
}

/** The committed demo dataset, imported by `--demo-if-empty`. */
export const DEMO_DIR = fileURLToPath(new URL('../demo/', import.meta.url));
