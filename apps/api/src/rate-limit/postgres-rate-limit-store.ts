import type { DbHandle } from '@inserjeunes/db';
import type { Logger } from 'pino';
import { MemoryRateLimitStore } from './memory-rate-limit-store.js';
import type { RateLimitHit, RateLimitStore } from './rate-limit-store.js';

export interface PostgresRateLimitStoreOptions {
  /** A hit the database has not counted within this delay is counted in memory. Default 1000 ms. */
  timeoutMs?: number;
  /** After a failure, the database is left alone this long before being tried again. Default 5000 ms. */
  retryAfterMs?: number;
}

const UPSERT = `insert into limite_debit (cle, fin, requetes) values ($1, $2, 1)
  on conflict (cle, fin) do update set requetes = limite_debit.requetes + 1
  returning requetes`;

/**
 * Counters in the `limite_debit` table, shared by every API process on the database, so
 * that a client gets one limit whichever replica answers. Each hit is one atomic upsert of
 * the (key, window end) row; the first hit of a new window purges the finished ones.
 *
 * The limit must never take the API down: when the database does not count a hit in time
 * (stopped, unreachable, overloaded), the hit is counted in this process's memory instead,
 * a warning is logged (once per outage), and the database is tried again a few seconds
 * later. During an outage each process thus limits on its own counts: clients get up to
 * one limit per replica, never an error.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  readonly #db: DbHandle;
  readonly #logger: Logger;
  readonly #timeoutMs: number;
  readonly #retryAfterMs: number;
  readonly #fallback = new MemoryRateLimitStore();
  #failingSince: number | undefined;
  #retryAt = 0;
  #purgedBefore = 0;

  constructor(db: DbHandle, logger: Logger, options: PostgresRateLimitStoreOptions = {}) {
    this.#db = db;
    this.#logger = logger;
    this.#timeoutMs = options.timeoutMs ?? 1000;
    this.#retryAfterMs = options.retryAfterMs ?? 5000;
  }

  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    const fin = (Math.floor(now / windowMs) + 1) * windowMs;
    if (now < this.#retryAt) return this.#fallback.hit(key, windowMs, now);
    try {
      const [row] = await withTimeout(
        this.#db.query<{ requetes: number }>(UPSERT, [key, fin]),
        this.#timeoutMs,
      );
      if (row === undefined) throw new Error('the counter upsert returned no row');
      if (this.#failingSince !== undefined) {
        this.#logger.warn(
          { downMs: now - this.#failingSince },
          'shared rate-limit store answers again',
        );
        this.#failingSince = undefined;
      }
      if (fin > this.#purgedBefore) this.#purge(fin);
      return { count: row.requetes, resetAt: fin };
    } catch (error) {
      if (this.#failingSince === undefined) {
        this.#failingSince = now;
        this.#logger.warn(
          { err: error },
          'shared rate-limit store unavailable: counting in this process until it answers',
        );
      }
      this.#retryAt = now + this.#retryAfterMs;
      return this.#fallback.hit(key, windowMs, now);
    }
  }

  /** Drops the rows of finished windows; a failure only leaves them for the next window. */
  #purge(fin: number): void {
    this.#purgedBefore = fin;
    this.#db.query('delete from limite_debit where fin < $1', [fin]).catch((error: unknown) => {
      this.#logger.warn({ err: error }, 'finished rate-limit windows not purged');
    });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
