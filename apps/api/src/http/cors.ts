import { cors } from 'hono/cors';

/** Every origin may read the public data; the headers a partner's script needs are exposed. */
export const CORS = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
  // Authorization: old clients of the reference service still send their token (ignored).
  allowHeaders: ['X-API-Key', 'Authorization', 'Content-Type', 'If-None-Match', 'X-Request-Id'],
  exposeHeaders: [
    'ETag',
    'RateLimit',
    'RateLimit-Policy',
    'Retry-After',
    'X-Request-Id',
    'Content-Disposition',
  ],
  maxAge: 86400,
});
