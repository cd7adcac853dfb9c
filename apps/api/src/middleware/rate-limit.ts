import type { MiddlewareHandler } from 'hono';
import type { ApiEnv, Consumer } from '../http/api-env.js';
import { ApiFailure } from '../http/api-failure.js';
import { settleCaching, sharedCacheable } from '../http/shared-cache.js';
import type { RateLimitHit, RateLimitStore } from '../rate-limit/rate-limit-store.js';

/** The rate limit's window: requests are counted per minute. */
export const WINDOW_MS = 60_000;

/**
 * Counts each consumer's requests per minute (a partner by its key, with its own limit; an
 * anonymous client by its address, kept in memory only) and answers 429 past the limit.
 * Responses say where the client stands, in the IETF `RateLimit` and `RateLimit-Policy`
 * header fields: quota `q` per window `w` seconds, remaining `r`, and `t` seconds until the
 * window resets; every 429 and partner answer does, but not an anonymous answer a shared
 * cache may replay to others (`sharedCacheable`).
 */
export function rateLimit(
  store: RateLimitStore,
  now: () => number = Date.now,
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const consumer = c.get('consumer');
    const at = now();
    const verdict = rateLimitVerdict(
      consumer,
      await store.hit(consumer.rateKey, WINDOW_MS, at),
      at,
    );
    const { headers } = verdict;
    if (verdict.refused) {
      const limit = consumer.limitPerMinute;
      const seconds = verdict.retryAfterSeconds;
      throw new ApiFailure(
        'trop_de_requetes',
        `Trop de requêtes : ${limit} par minute au plus${consumer.partner === null ? ' sans clé d’API (une clé X-API-Key relève cette limite)' : ''}. Réessayez dans ${seconds} s.`,
        { limite_par_minute: limit, reessayer_dans_secondes: seconds },
        { ...headers, 'Retry-After': String(seconds) },
      );
    }
    c.set('rateLimitHeaders', headers);
    await next();
    if (c.get('ready')) return;
    settleCaching(c);
    if (sharedCacheable(c)) return;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}

/** Where a consumer stands once its request is counted. */
export interface RateLimitVerdict {
  /** Past the limit: the request gets 429. */
  refused: boolean;
  /** `RateLimit-Policy` and `RateLimit`. */
  headers: Record<string, string>;
  /** Seconds until the window resets (at least 1). */
  retryAfterSeconds: number;
}

/** Reads a counted request against its consumer's limit (`at`: when it was counted). */
export function rateLimitVerdict(
  consumer: Consumer,
  { count, resetAt }: RateLimitHit,
  at: number,
): RateLimitVerdict {
  const policy = consumer.partner === null ? 'anonyme' : 'partenaire';
  const limit = consumer.limitPerMinute;
  const seconds = Math.max(1, Math.ceil((resetAt - at) / 1000));
  return {
    refused: count > limit,
    headers: {
      'RateLimit-Policy': `"${policy}";q=${limit};w=${WINDOW_MS / 1000}`,
      RateLimit: `"${policy}";r=${Math.max(0, limit - count)};t=${seconds}`,
    },
    retryAfterSeconds: seconds,
  };
}
