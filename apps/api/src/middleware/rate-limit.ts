import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { ApiFailure } from '../http/api-failure.js';
import { settleCaching, sharedCacheable } from '../http/shared-cache.js';
import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';

const WINDOW_MS = 60_000;

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
    const policy = consumer.partner === null ? 'anonyme' : 'partenaire';
    const limit = consumer.limitPerMinute;
    const at = now();
    const { count, resetAt } = await store.hit(consumer.rateKey, WINDOW_MS, at);
    const seconds = Math.max(1, Math.ceil((resetAt - at) / 1000));
    const headers = {
      'RateLimit-Policy': `"${policy}";q=${limit};w=${WINDOW_MS / 1000}`,
      RateLimit: `"${policy}";r=${Math.max(0, limit - count)};t=${seconds}`,
    };
    if (count > limit) {
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
