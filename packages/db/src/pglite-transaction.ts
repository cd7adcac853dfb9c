import type { PGlite } from '@electric-sql/pglite';
import type { DbTransaction } from './db-transaction.js';

/**
 * Runs `work` in one PGlite transaction. COPY reads its data from PGlite's blob device, the
 * embedded engine's way of taking a bulk load without a client protocol: each piece given
 * to a sink is one COPY, stored before `write` resolves.
 */
export function pgliteTransaction<T>(
  client: PGlite,
  work: (tx: DbTransaction) => Promise<T>,
): Promise<T> {
  return client.transaction((pg) =>
    work({
      async query<Row extends Record<string, unknown>>(text: string, params?: unknown[]) {
        const result = await pg.query<Row>(text, params);
        return result.rows;
      },
      async openCopy(table, columns) {
        const statement = `copy ${table} (${columns.join(', ')}) from '/dev/blob'`;
        return {
          async write(data) {
            await pg.query(statement, [], { blob: new Blob([data]) });
          },
          async end() {},
        };
      },
    }),
  );
}
