import { findWorkspaceRoot } from '@inserjeunes/db';

export interface Env {
  databaseUrl: string | undefined;
  pgliteDir: string;
  /** Called (POST) after an import that changed the data, so a CDN drops its copies (`PURGE_URL`). */
  purgeUrl: string | undefined;
  /** Sent as `Authorization: Bearer …` to the purge URL (`PURGE_TOKEN`). */
  purgeToken: string | undefined;
}

/** The only place the importer reads its environment. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return {
    databaseUrl: source.DATABASE_URL || undefined,
    pgliteDir: source.PGLITE_DIR || `${findWorkspaceRoot()}.data/pglite`,
    purgeUrl: readPurgeUrl(source.PURGE_URL),
    purgeToken: source.PURGE_TOKEN || undefined,
  };
}

function readPurgeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^https?:\/\/[^\s]+$/.test(raw)) {
    throw new Error(`PURGE_URL doit être une URL http:// ou https://, reçu « ${raw} »`);
  }
  return raw;
}
