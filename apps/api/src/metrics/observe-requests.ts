import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import type { ApiMetrics } from './api-metrics.js';

/** The path that serves the metrics: never counted, limited nor logged. */
export const METRICS_PATH = '/metrics';

/**
 * A route group: the declared path's first segment under its base (`/api/inserjeunes/formations`),
 * the compatible routes, the widget, or `autre`. Few values, whatever the client sends,
 * so the series stay few.
 */
export function routeGroups(declared: readonly string[], compatBase: string) {
  const known = new Set<string>();
  for (const path of declared) known.add(groupOf(path));
  return (path: string): string => {
    if (path.startsWith(`${compatBase}/`)) return compatBase;
    if (path.startsWith('/widget/') || path.startsWith('/embed')) return '/widget';
    const group = groupOf(path);
    return known.has(group) ? group : 'autre';
  };
}

function groupOf(path: string): string {
  const parts = path.split('/', 5);
  // `/api/inserjeunes/<x>`, `/api/galerie/<x>`, else `/api/<x>`.
  const depth = parts[2] === 'inserjeunes' || parts[2] === 'galerie' ? 4 : 3;
  return parts.slice(0, depth).join('/');
}

/**
 * The one per-request hook of the metrics: the answer's group, status class and time, its
 * 429 (per consumer class) and whether the in-process cache answered (its `X-Cache`).
 * A few map look-ups per request; everything else is read at scrape time.
 */
export function observeRequests(
  metrics: ApiMetrics,
  groupOf: () => (path: string) => string,
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (path === METRICS_PATH) return next();
    const started = performance.now();
    await next();
    const status = c.res.status;
    metrics.answered(groupOf()(path), status, (performance.now() - started) / 1000);
    if (status === 429) {
      metrics.limited.inc({ consommateur: c.get('consumer')?.partner ? 'partenaire' : 'anonyme' });
    }
    const cache = c.get('cacheOutcome');
    if (cache !== undefined) metrics.cacheOutcome(cache);
  };
}
