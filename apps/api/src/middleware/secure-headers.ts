import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { addSecurityHeaders } from '../http/common-headers.js';

/**
 * Security headers on every response (see `addSecurityHeaders`), where the route did not set
 * its own. A ready answer (`publicGet`) was given them when it was built.
 */
export function secureHeaders(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    await next();
    if (c.get('ready')) return;
    const headers = c.res.headers;
    addSecurityHeaders(
      (name) => headers.get(name),
      (name, value) => headers.set(name, value),
    );
  };
}
