import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type postgres from 'postgres';
import type { CopySink, DbTransaction } from './db-transaction.js';

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
    // The COPY a failing work left open is cancelled, so that the connection can roll back.
    let open: Writable | undefined;
    try {
      result = {
        value: await work({
          async query<Row extends Record<string, unknown>>(text: string, params?: unknown[]) {
            // postgres-js types parameters by its own serializers; any value it can send is accepted.
            const rows = await client.unsafe<Row[]>(text, (params ?? []) as never[]);
            return [...rows];
          },
          async openCopy(table, columns) {
            const query = client.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`);
            const refused = refusalOf(query);
            const stream = await query.writable();
            open = stream;
            return streamSink(stream, refused);
          },
        }),
      };
    } catch (error) {
      if (open !== undefined && !open.writableEnded && !open.destroyed) {
        open.destroy(new Error('import abandonné'));
      }
      throw error;
    }
  });
  if (result === undefined) throw new Error('transaction PostgreSQL terminée sans résultat');
  return result.value;
}

/**
 * The server's refusal of a COPY, whenever it comes. postgres-js gives a refusal that comes
 * after the data's end only to the COPY's query, whose promise has already resolved to the
 * stream; its `reject` is wrapped to catch it, or the stream would wait for ever.
 */
function refusalOf(query: object): Promise<never> {
  const pending = query as { reject?: (error: Error) => void };
  const { reject } = pending;
  const refused = new Promise<never>((_, fail) => {
    if (reject === undefined) return;
    pending.reject = (error) => {
      fail(error);
      reject(error);
    };
  });
  refused.catch(() => {});
  return refused;
}

/**
 * A COPY kept open across pieces: the server stores one piece while the next is prepared,
 * and the socket's buffers hold the difference. The stream fails, and is destroyed, as soon
 * as the server refuses a row; every later call rejects with that error.
 */
function streamSink(stream: Writable, refused: Promise<never>): CopySink {
  let failure: Error | undefined;
  stream.once('error', (error: Error) => {
    failure = error;
  });
  return {
    async write(data) {
      if (failure !== undefined) throw failure;
      // `once` rejects when the stream fails while waiting for room.
      if (!stream.write(data)) await once(stream, 'drain');
    },
    async end() {
      if (failure !== undefined) throw failure;
      stream.end();
      await Promise.race([finished(stream), refused]);
    },
  };
}
