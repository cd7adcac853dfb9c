import { findWorkspaceRoot } from '@inserjeunes/db';

export interface Env {
  databaseUrl: string | undefined;
  pgliteDir: string;
}

/** The only place the importer reads its environment. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return {
    databaseUrl: source.DATABASE_URL || undefined,
    pgliteDir: source.PGLITE_DIR || `${findWorkspaceRoot()}.data/pglite`,
  };
}
