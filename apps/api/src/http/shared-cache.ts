import type { Context } from 'hono';
import type { ApiEnv } from './api-env.js';

const PUBLIC = /(^|,)\s*public\s*(,|$)/i;

/**
 * Whether this answer may be stored by a shared cache (a CDN, a proxy) and replayed to
 * other clients: a public answer to an anonymous client. Such an answer carries no header of
 * its own client's (`RateLimit`, `X-Request-Id`): the cache would hand them to everyone.
 * A partner's answer (a key was sent) is made private instead, and keeps them.
 */
export function sharedCacheable(c: Context<ApiEnv>): boolean {
  const consumer = c.get('consumer');
  return (
    (consumer === undefined || consumer.partner === null) &&
    PUBLIC.test(c.res.headers.get('Cache-Control') ?? '')
  );
}

/**
 * Settles who may store the answer before per-client headers are added: a partner's public
 * answer becomes private (same lifetime); a public anonymous one says that a key changes it.
 */
export function settleCaching(c: Context<ApiEnv>): void {
  const cacheControl = c.res.headers.get('Cache-Control');
  if (cacheControl === null || !PUBLIC.test(cacheControl)) return;
  if (c.get('consumer')?.partner) {
    c.res.headers.set('Cache-Control', cacheControl.replace(/\bpublic\b/i, 'private'));
  } else {
    c.res.headers.append('Vary', 'X-API-Key');
  }
}
