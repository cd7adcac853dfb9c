import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { ApiEnv } from '../http/api-env.js';
import type { UsageRecorder } from '../usage/usage-recorder.js';

/**
 * Counts the call once it is answered, under the route's pattern (not the URL, so codes do
 * not multiply the lines) and the consumer; a `widget` query parameter marks a widget view.
 */
export function countUsage(recorder: UsageRecorder): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    await next();
    const consumer = c.get('consumer');
    if (consumer === undefined) return;
    // After the chain, the route index points at the handler that answered (or the cache).
    const pattern = routePath(c);
    const route = pattern.endsWith('*') ? 'inconnue' : pattern;
    const widget = c.req.url.includes('widget=') && c.req.query('widget') !== undefined;
    recorder.record(consumer.name, route, widget);
  };
}
