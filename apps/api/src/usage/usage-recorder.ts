import { type DbHandle, usageQuotidien } from '@inserjeunes/db';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';

interface Tally {
  jour: string;
  consommateur: string;
  route: string;
  appels: number;
  vues_widget: number;
}

/** Distinct day × consumer × route lines kept between two writes; beyond, calls go to `autres`. */
const MAX_LINES = 5000;
/**
 * Distinct consumers one process names in a day; beyond, calls go to `autres`. The Origin
 * and Referer headers are the caller's to write: without this bound, a script sending a new
 * host with each request would add a line per request to the usage table.
 */
export const MAX_CONSUMERS_PER_DAY = 2000;

/**
 * Counts calls per day × consumer × route in memory and writes them in one upsert every
 * `flushIntervalMs`, so a request never waits for this bookkeeping. Nothing personal is
 * kept: the consumer is a partner name or a site's host, never an address. A failed write
 * keeps its counts for the next one.
 */
export class UsageRecorder {
  readonly #db: DbHandle;
  readonly #logger: Logger;
  #pending = new Map<string, Tally>();
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();
  #day = { until: 0, value: '' };
  #consumers = { jour: '', names: new Set<string>() };

  constructor(db: DbHandle, logger: Logger, flushIntervalMs: number) {
    this.#db = db;
    this.#logger = logger;
    if (flushIntervalMs > 0) {
      this.#timer = setInterval(() => void this.flush(), flushIntervalMs);
      this.#timer.unref();
    }
  }

  record(consommateur: string, route: string, widget: boolean, now = Date.now()): void {
    const jour = this.#today(now);
    consommateur = this.#admit(jour, consommateur);
    let id = `${jour}\u0000${consommateur}\u0000${route}`;
    let tally = this.#pending.get(id);
    if (tally === undefined) {
      if (this.#pending.size >= MAX_LINES) {
        consommateur = 'autres';
        id = `${jour}\u0000${consommateur}\u0000${route}`;
        tally = this.#pending.get(id);
      }
      if (tally === undefined) {
        tally = { jour, consommateur, route, appels: 0, vues_widget: 0 };
        this.#pending.set(id, tally);
      }
    }
    tally.appels += 1;
    if (widget) tally.vues_widget += 1;
  }

  /** Writes what was counted so far; concurrent calls queue behind each other. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.then(() => this.#write());
    return this.#flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush();
  }

  async #write(): Promise<void> {
    if (this.#pending.size === 0) return;
    const batch = [...this.#pending.values()];
    this.#pending = new Map();
    try {
      await this.#db.db
        .insert(usageQuotidien)
        .values(batch)
        .onConflictDoUpdate({
          target: [usageQuotidien.jour, usageQuotidien.consommateur, usageQuotidien.route],
          set: {
            appels: sql`${usageQuotidien.appels} + excluded.appels`,
            vues_widget: sql`${usageQuotidien.vues_widget} + excluded.vues_widget`,
          },
        });
    } catch (error) {
      this.#logger.warn({ err: error, lines: batch.length }, 'usage not written, kept for later');
      for (const tally of batch) {
        const id = `${tally.jour}\u0000${tally.consommateur}\u0000${tally.route}`;
        const current = this.#pending.get(id);
        if (current === undefined) this.#pending.set(id, tally);
        else {
          current.appels += tally.appels;
          current.vues_widget += tally.vues_widget;
        }
      }
    }
  }

  /** The consumer's own name while the day's bound allows it, else `autres`. */
  #admit(jour: string, consommateur: string): string {
    if (this.#consumers.jour !== jour) this.#consumers = { jour, names: new Set() };
    const { names } = this.#consumers;
    if (names.has(consommateur)) return consommateur;
    if (names.size >= MAX_CONSUMERS_PER_DAY) return 'autres';
    names.add(consommateur);
    return consommateur;
  }

  /** The day in France, recomputed at most once a minute. */
  #today(now: number): string {
    if (now >= this.#day.until) {
      this.#day = {
        value: new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }),
        until: now + 60_000 - (now % 60_000),
      };
    }
    return this.#day.value;
  }
}
