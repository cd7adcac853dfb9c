import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './api-env.js';

/**
 * Paths that orchestrators, load balancers and metric scrapers call every few seconds: neither rate-limited
 * (a probe must never get 429) nor counted, nor logged per call (they would drown the log).
 */
export const QUIET_PATHS: ReadonlySet<string> = new Set([
  '/api/healthz',
  '/api/readyz',
  '/metrics',
]);

/** `middleware`, except on the {@link QUIET_PATHS}, where the request goes straight on. */
export function unlessQuiet<M extends MiddlewareHandler<ApiEnv>>(
  middleware: M,
): MiddlewareHandler<ApiEnv> {
  return (c, next) => (QUIET_PATHS.has(c.req.path) ? next() : middleware(c, next));
}
