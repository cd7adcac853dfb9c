import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { secureHeaders as honoSecureHeaders } from 'hono/secure-headers';

/**
 * Hono's security headers, set only where the route did not set its own (`overwrite:
 * false`): the embed page and the gallery set their own policies. Public data is meant for
 * every site, hence `Cross-Origin-Resource-Policy: cross-origin`; framing is decided below.
 */
const COMMON = honoSecureHeaders({
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  crossOriginResourcePolicy: 'cross-origin',
  xFrameOptions: false,
  xXssProtection: false,
  xDownloadOptions: false,
  overwrite: false,
});

/**
 * What Hono's middleware cannot say per response: data responses (JSON, CSV) get a policy
 * that allows nothing, and `X-Frame-Options: DENY` is left out when the route's policy lets
 * some `frame-ancestors` in (the embed page, the gallery).
 */
const FRAMING: MiddlewareHandler = async (c, next) => {
  await next();
  const headers = c.res.headers;
  const type = headers.get('Content-Type') ?? '';
  if (!headers.has('Content-Security-Policy') && !type.startsWith('text/html')) {
    headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  }
  const policy = headers.get('Content-Security-Policy') ?? '';
  const allowsFraming = /frame-ancestors(?! 'none')/.test(policy);
  if (!headers.has('X-Frame-Options') && !allowsFraming) headers.set('X-Frame-Options', 'DENY');
};

/** Security headers on every response (see {@link COMMON} and {@link FRAMING}). */
export function secureHeaders(): MiddlewareHandler {
  return every(COMMON, FRAMING);
}
