import type { Tx } from './transaction.js';

/** First key of the import's advisory locks (the second is the file's hash). */
const IMPORT_LOCK_SPACE = 7412;

/** The same file is being imported by another process at this very moment. */
export class ConcurrentImport extends Error {
  constructor() {
    super(
      'ce fichier est importé au même moment par un autre processus (même jeu de données, même empreinte SHA-256) : ' +
        'attendez la fin de cet import ; relancé ensuite, celui-ci dira que le fichier est déjà importé',
    );
  }
}

/**
 * Claims a file for this import's transaction: two processes importing one file at once on
 * PostgreSQL would otherwise both find it new, and the second would wait for the first to
 * commit and end on the raw `duplicate key` of the import table. The second is told at once
 * instead. The lock goes with the transaction.
 */
export async function claimFile(tx: Tx, dataset: string, sha256: string): Promise<void> {
  const [claim] = await tx.query<{ obtenu: boolean }>(
    'select pg_try_advisory_xact_lock($1, hashtext($2)) as obtenu',
    [IMPORT_LOCK_SPACE, `${dataset}:${sha256}`],
  );
  if (claim?.obtenu !== true) throw new ConcurrentImport();
}

/**
 * Whether an error is the import table's uniqueness refusing a second record of one file:
 * the other process committed between this one's check and its claim.
 */
export function isSameFileRecorded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  // postgres-js names the constraint `constraint_name`, PGlite `constraint`.
  const fields = error as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
  const constraint = fields.constraint_name ?? fields.constraint;
  return fields.code === '23505' && constraint === 'import_sha256_dataset';
}
