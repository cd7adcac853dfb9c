import type { RateLimitHit, RateLimitStore } from './rate-limit-store.js';

/**
 * Counters in this process's memory, in fixed windows aligned on the clock: when a new
 * window starts the old counters are dropped at once, so memory stays bounded by the
 * number of clients seen in one window.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  #window = -1;
  #counts = new Map<string, number>();

  hit(key: string, windowMs: number, now: number): RateLimitHit {
    const window = Math.floor(now / windowMs);
    if (window !== this.#window) {
      this.#window = window;
      this.#counts = new Map();
    }
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    return { count, resetAt: (window + 1) * windowMs };
  }
}
