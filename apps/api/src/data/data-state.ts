import type { DbHandle } from '@inserjeunes/db';
import { type FigureStore, loadFigureStore } from './figure-store.js';
import { loadNomenclature, type Nomenclature } from './nomenclature.js';

export interface DataSnapshot {
  /** Changes whenever an import finishes; part of every ETag and of the response cache. */
  version: string;
  /** Changes whenever a key is created or revoked. */
  keysVersion: string;
  nomenclature: Nomenclature;
  /** National and regional figures, in memory. */
  figures: FigureStore;
}

/**
 * What the API knows of the database's state. The importer runs in another process, so the
 * API probes a cheap version (the imports' highest id and count, the keys' count and
 * revocations) at most once per `probeIntervalMs`, and reloads the in-memory nomenclature
 * and national and regional figures only when the data version moved. Concurrent callers share one probe and one load.
 * When a probe fails the last snapshot stays in use (cached answers keep flowing); the
 * requests that need the database then fail on their own and answer 503.
 */
export class DataState {
  readonly #db: DbHandle;
  readonly #probeIntervalMs: number;
  #snapshot: DataSnapshot | undefined;
  #probedAt = Number.NEGATIVE_INFINITY;
  #pending: Promise<DataSnapshot> | undefined;
  readonly #listeners: ((snapshot: DataSnapshot) => void)[] = [];

  constructor(db: DbHandle, probeIntervalMs: number) {
    this.#db = db;
    this.#probeIntervalMs = probeIntervalMs;
  }

  /** The data version served now, without asking the database (undefined before the first read). */
  get version(): string | undefined {
    return this.#snapshot?.version;
  }

  /** Called with the new snapshot whenever the data or keys version changes. */
  onChange(listener: (snapshot: DataSnapshot) => void): void {
    this.#listeners.push(listener);
  }

  /** The snapshot when it was checked within the probe interval, without waiting; else undefined. */
  fresh(): DataSnapshot | undefined {
    const snapshot = this.#snapshot;
    return snapshot !== undefined && performance.now() - this.#probedAt < this.#probeIntervalMs
      ? snapshot
      : undefined;
  }

  async current(): Promise<DataSnapshot> {
    const snapshot = this.fresh();
    if (snapshot !== undefined) return snapshot;
    this.#pending ??= this.#refresh().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #refresh(): Promise<DataSnapshot> {
    const previous = this.#snapshot;
    let versions: { data: string; keys: string };
    try {
      versions = await this.#probe();
    } catch (error) {
      if (previous === undefined) throw error;
      this.#probedAt = performance.now();
      return previous;
    }
    this.#probedAt = performance.now();
    if (previous?.version === versions.data && previous.keysVersion === versions.keys) {
      return previous;
    }
    const [nomenclature, figures] =
      previous?.version === versions.data
        ? [previous.nomenclature, previous.figures]
        : await Promise.all([loadNomenclature(this.#db), loadFigureStore(this.#db)]);
    const next = { version: versions.data, keysVersion: versions.keys, nomenclature, figures };
    this.#snapshot = next;
    for (const listener of this.#listeners) listener(next);
    return next;
  }

  async #probe(): Promise<{ data: string; keys: string }> {
    const [row] = await this.#db.query<{ data: string; keys: string }>(
      `select
         (select coalesce(max(id), 0)::text || '.' || count(*)::text from import) as data,
         (select count(*)::text || '.' || count(revoque_le)::text from api_key) as keys`,
    );
    if (row === undefined) throw new Error('version probe returned no row');
    return row;
  }
}
