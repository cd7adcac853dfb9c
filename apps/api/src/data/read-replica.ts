import type { Database, DbHandle, DbTransaction } from '@inserjeunes/db';
import type { Logger } from 'pino';
import { lostConnection } from '../http/error-handler.js';

export interface ReadReplicaOptions {
  logger: Logger;
  /** Called when the replica stops answering and reads go to the primary. */
  onFallback: () => void;
  /** How long reads stay on the primary before the replica is tried again. Default 5000 ms. */
  retryMs?: number | undefined;
}

/**
 * The API's reads (`DATABASE_READ_URL`), on a streaming replica, with the primary
 * (`DATABASE_URL`) to fall back on. The data version is read here like the figures, so a new
 * import is served once the replica has replayed it, never before (replica lag is respected
 * as a whole). When the replica does not answer (connection refused, cut, shutting down),
 * reads go to the primary, one warning is logged per outage, the `onFallback` metric counts
 * it, and the replica is tried again every `retryMs`. Writes never come here.
 */
export class ReadReplica implements DbHandle {
  readonly kind = 'postgres';
  readonly #replica: DbHandle;
  readonly #primary: DbHandle;
  readonly #options: ReadReplicaOptions;
  #down = false;
  #retryAt = 0;

  constructor(replica: DbHandle, primary: DbHandle, options: ReadReplicaOptions) {
    this.#replica = replica;
    this.#primary = primary;
    this.#options = options;
  }

  /** Whether reads go to the replica now. */
  get replicaAnswers(): boolean {
    return !this.#down;
  }

  /** The query builder of the database that answers reads now. */
  get db(): Database {
    return (this.#down ? this.#primary : this.#replica).db;
  }

  // Bound: callers may take the methods off the handle, as with the plain ones.
  readonly query = <Row extends Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ): Promise<Row[]> => this.#read((handle) => handle.query<Row>(text, params));

  readonly ping = (): Promise<void> => this.#read((handle) => handle.ping());

  /** Writes belong to the primary. */
  readonly transaction = <T>(work: (tx: DbTransaction) => Promise<T>): Promise<T> =>
    this.#primary.transaction(work);

  readonly snapshot = (): Promise<Blob | undefined> => Promise.resolve(undefined);

  /** Closes the replica's connections; the primary belongs to its owner. */
  readonly close = (): Promise<void> => this.#replica.close();

  async #read<T>(work: (handle: DbHandle) => Promise<T>): Promise<T> {
    if (!this.#down || performance.now() >= this.#retryAt) {
      try {
        const result = await work(this.#replica);
        if (this.#down) {
          this.#down = false;
          this.#options.logger.info('réplique de lecture de retour : les lectures y retournent');
        }
        return result;
      } catch (error) {
        if (!lostConnection(error)) throw error;
        this.#fallBack(error);
      }
    }
    return work(this.#primary);
  }

  #fallBack(error: unknown): void {
    this.#retryAt = performance.now() + (this.#options.retryMs ?? 5000);
    if (this.#down) return;
    this.#down = true;
    this.#options.onFallback();
    this.#options.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'réplique de lecture injoignable : lectures envoyées à la base principale',
    );
  }
}
