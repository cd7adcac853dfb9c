import type { DbHandle, DbTransaction } from '@inserjeunes/db';

/** What the loader and the derivations write through: one file's transaction. */
export type Tx = DbTransaction;

/**
 * Settings of an import's transaction. No JIT compilation: the derivations' statements
 * are long generated expressions, which PostgreSQL's JIT took seconds to compile for work
 * done in a fraction of that without it. Room for sorts and hash tables of the whole
 * regional file (a few megabytes), which otherwise spill to disk.
 */
const SETTINGS = ["set local jit = 'off'", "set local work_mem = '64MB'"];

/**
 * Runs `work` in one transaction with the import's settings: everything it wrote is
 * committed together, or nothing is when it throws.
 */
export function inTransaction<T>(handle: DbHandle, work: (tx: Tx) => Promise<T>): Promise<T> {
  return handle.transaction(async (tx) => {
    for (const setting of SETTINGS) await tx.query(setting);
    return work(tx);
  });
}
