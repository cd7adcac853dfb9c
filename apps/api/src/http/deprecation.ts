import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './api-env.js';

export interface Deprecation {
  /** When the successor was published (the old version's deprecation). */
  since: Date;
  /** The successor's path, sent as `Link: <…>; rel="successor-version"`. */
  successor: string;
}

/** Twelve months: how long a deprecated major version keeps answering (`docs/versioning.md`). */
export const SUNSET_MONTHS = 12;

/**
 * Marks the answers of a major version that a new one replaced: `Deprecation` (RFC 9745,
 * `@<seconds since 1970>`), `Sunset` (RFC 8594, the date it stops answering, twelve months
 * later) and a `Link` to the successor. The answers themselves do not change.
 */
export function deprecated({ since, successor }: Deprecation): MiddlewareHandler<ApiEnv> {
  if (Number.isNaN(since.getTime())) throw new Error('deprecated: date de dépréciation invalide');
  const sunset = new Date(since);
  sunset.setUTCMonth(sunset.getUTCMonth() + SUNSET_MONTHS);
  const headers: [string, string][] = [
    ['Deprecation', `@${Math.floor(since.getTime() / 1000)}`],
    ['Sunset', sunset.toUTCString()],
    ['Link', `<${successor}>; rel="successor-version"`],
  ];
  return async (c, next) => {
    await next();
    for (const [name, value] of headers) c.res.headers.append(name, value);
  };
}
