import { createHash, timingSafeEqual } from 'node:crypto';
import type { Handler } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { ApiFailure } from '../http/api-failure.js';
import type { ApiMetrics } from './api-metrics.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `/metrics` in Prometheus' text format. With a token, only a scraper sending
 * `Authorization: Bearer <token>` reads them (401 otherwise); never cached.
 */
export function metricsHandler(metrics: ApiMetrics, token: string | undefined): Handler<ApiEnv> {
  const expected = token === undefined ? undefined : digest(`Bearer ${token}`);
  return async (c) => {
    if (expected !== undefined) {
      const sent = digest(c.req.header('Authorization') ?? '');
      if (!timingSafeEqual(sent, expected)) {
        throw new ApiFailure(
          'cle_invalide',
          'Les métriques demandent l’en-tête Authorization: Bearer <METRICS_TOKEN>.',
          undefined,
          { 'WWW-Authenticate': 'Bearer realm="metrics"' },
        );
      }
    }
    const text = await metrics.registry.metrics();
    return c.body(text, 200, {
      'Content-Type': metrics.registry.contentType,
      'Cache-Control': 'no-store',
    });
  };
}
