import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import type { DbTransaction } from './db-transaction.js';

/**
 * Runs `work` in one transaction on a connection of the pool. COPY goes through the COPY
 * protocol, which is what makes large files fast.
 */
export async function postgresTransaction<T>(
  sql: postgres.Sql,
  work: (tx: DbTransaction) => Promise<T>,
): Promise<T> {
  // postgres-js types the result of `begin` as its own row list; the callback's value is
  // what it really resolves to.
  let result: { value: T } | undefined;
  await sql.begin(async (client) => {
    result = {
      value: await work({
        async query<Row extends Record<string, unknown>>(text: string, params?: unknown[]) {
          // postgres-js types parameters by its own serializers; any value it can send is accepted.
          const rows = await client.unsafe<Row[]>(text, (params ?? []) as never[]);
          return [...rows];
        },
        async copyIn(table, columns, data) {
          const writable = await client
            .unsafe(`copy ${table} (${columns.join(', ')}) from stdin`)
            .writable();
          await pipeline(Readable.from([data]), writable);
        },
      }),
    };
  });
  if (result === undefined) throw new Error('transaction PostgreSQL terminée sans résultat');
  return result.value;
}
