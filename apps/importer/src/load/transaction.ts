import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DbHandle } from '@inserjeunes/db';

/** What the loader needs from a transaction, on PGlite and PostgreSQL alike. */
export interface Tx {
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Bulk-loads rows given as PostgreSQL text-format COPY data (tab-separated, `\N` for null). */
  copyIn(table: string, columns: readonly string[], data: string): Promise<void>;
}

/**
 * Settings of an import's transaction. No JIT compilation: the derivations' statements
 * are long generated expressions, which PostgreSQL's JIT took seconds to compile for work
 * done in a fraction of that without it. Room for sorts and hash tables of the whole
 * regional file (a few megabytes), which otherwise spill to disk.
 */
const SETTINGS = ["set local jit = 'off'", "set local work_mem = '64MB'"];

/**
 * Runs `work` in one transaction: everything it wrote is committed together, or nothing is
 * when it throws. COPY goes through each engine's own path (a blob device on PGlite, the
 * COPY protocol on PostgreSQL), which is what makes large files fast.
 */
export async function inTransaction<T>(handle: DbHandle, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (handle.pglite !== undefined) {
    return handle.pglite.transaction(async (pg) => {
      for (const setting of SETTINGS) await pg.query(setting);
      return work({
        async query(text, params) {
          const result = await pg.query<never>(text, params);
          return result.rows;
        },
        async copyIn(table, columns, data) {
          await pg.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], {
            blob: new Blob([data]),
          });
        },
      });
    });
  }
  const sql = handle.postgres;
  if (sql === undefined) throw new Error('base de données sans client PGlite ni PostgreSQL');
  const result = await sql.begin(async (client) => {
    for (const setting of SETTINGS) await client.unsafe(setting);
    return work({
      async query(text, params) {
        const rows = await client.unsafe(text, (params ?? []) as never[]);
        return [...rows] as never;
      },
      async copyIn(table, columns, data) {
        const writable = await client
          .unsafe(`copy ${table} (${columns.join(', ')}) from stdin`)
          .writable();
        await pipeline(Readable.from([data]), writable);
      },
    });
  });
  return result as T;
}
