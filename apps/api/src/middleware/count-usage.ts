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
    recorder.record(consumer.name, usageRoute(routePath(c)), widgetView(c.req.url));
  };
}

/** The route a call is counted under: its pattern, `inconnue` when no declared route took it. */
export function usageRoute(pattern: string): string {
  return pattern.endsWith('*') ? 'inconnue' : pattern;
}

/** Whether the URL says the call is a widget's view (a `widget` query parameter). */
export function widgetView(url: string): boolean {
  const query = url.indexOf('?');
  return (
    query >= 0 &&
    url.includes('widget=', query) &&
    new URLSearchParams(url.slice(query + 1)).has('widget')
  );
}
