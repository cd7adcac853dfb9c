import type { MiddlewareHandler } from 'hono';

const DEFAULTS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  // Public data meant for every site: other origins may load it.
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
];

/**
 * Security headers on every response, set only where the route did not set its own: a
 * route that must be framed (the embed page) or run scripts sets its
 * `Content-Security-Policy`, and `X-Frame-Options: DENY` is then left out when that policy
 * lets some `frame-ancestors` in. Data responses (JSON, CSV) get a policy that allows nothing.
 */
export function secureHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of DEFAULTS) {
      if (!headers.has(name)) headers.set(name, value);
    }
    const type = headers.get('Content-Type') ?? '';
    if (!headers.has('Content-Security-Policy') && !type.startsWith('text/html')) {
      headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    }
    const policy = headers.get('Content-Security-Policy') ?? '';
    const allowsFraming = /frame-ancestors(?! 'none')/.test(policy);
    if (!headers.has('X-Frame-Options') && !allowsFraming) {
      headers.set('X-Frame-Options', 'DENY');
    }
  };
}
