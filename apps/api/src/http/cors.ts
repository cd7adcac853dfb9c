import type { MiddlewareHandler } from 'hono';
import { cors as honoCors } from 'hono/cors';
import type { ApiEnv } from './api-env.js';

const EXPOSED = ['ETag', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'X-Request-Id'];

/** What every answer says to browsers: any origin may read it, and these headers. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': [...EXPOSED, 'Content-Disposition'].join(','),
};

/** Preflights: any origin, the key header and the conditional request allowed. */
const PREFLIGHT = honoCors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  // Authorization: old clients of the reference service still send their token (ignored).
  allowHeaders: ['X-API-Key', 'Authorization', 'Content-Type', 'If-None-Match', 'X-Request-Id'],
  exposeHeaders: [...EXPOSED, 'Content-Disposition'],
  maxAge: 86400,
});

/**
 * Cross-origin reads for every site. Preflights (OPTIONS) are Hono's; other answers get
 * {@link CORS_HEADERS} once answered, unless they were built ready with them (`publicGet`).
 */
export const CORS: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (c.req.method === 'OPTIONS') return PREFLIGHT(c, next);
  await next();
  if (c.get('ready')) return;
  const headers = c.res.headers;
  for (const name in CORS_HEADERS) headers.set(name, CORS_HEADERS[name] ?? '');
};
