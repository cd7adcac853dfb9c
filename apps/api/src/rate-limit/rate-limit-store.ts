/** How many hits a key made in the current window, and when that window ends (epoch ms). */
export interface RateLimitHit {
  count: number;
  resetAt: number;
}

/**
 * Where rate-limit counters live. One process keeps them in memory
 * ({@link MemoryRateLimitStore}); several processes behind a load balancer need a shared
 * store (PostgreSQL, Redis…) implementing this same method.
 */
export interface RateLimitStore {
  /** Counts one hit for `key` in the fixed window of `windowMs` containing `now`. */
  hit(key: string, windowMs: number, now: number): RateLimitHit | Promise<RateLimitHit>;
}
