import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import pino, { type Logger } from 'pino';
import type { ApiEnv } from '../http/api-env.js';
import { maskUrl } from '../http/mask-url.js';
import { QUIET_PATHS } from '../http/quiet-paths.js';
import { contextHeaders } from '../http/request-headers.js';
import { sharedCacheable } from '../http/shared-cache.js';

const INCOMING_ID = /^[0-9A-Za-z._-]{1,64}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is sane, so a partner can
 * quote it, else a fresh one), returns it in the response, and writes one JSON log line per
 * request with its duration (health probes aside: `QUIET_PATHS`). Secrets are masked in the logged URL (values of key-like
 * parameters, however encoded, and key-shaped values anywhere); the key header is never logged.
 */
export function requestContext(logger: Logger): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdOf(contextHeaders(c)('x-request-id'));
    c.set('requestId', requestId);
    await next();
    // On the response itself: `c.header()` after the handler would copy the whole response.
    // Not on an answer a shared cache may replay to other clients (the id is in the log).
    // A ready answer carries it already when it should (`readyResponse`).
    if (!c.get('ready') && !sharedCacheable(c)) c.res.headers.set('X-Request-Id', requestId);
    if (QUIET_PATHS.has(c.req.path)) return;
    const url = c.req.url;
    const query = url.indexOf('?');
    logRequest(logger, {
      requestId,
      method: c.req.method,
      url: query < 0 ? c.req.path : `${c.req.path}${url.slice(query)}`,
      status: c.res.status,
      started,
      consumer: c.get('consumer')?.name,
    });
  };
}

/** The caller's `X-Request-Id` when it is sane (so a partner can quote it), else a fresh one. */
export function requestIdOf(incoming: string | undefined): string {
  return incoming !== undefined && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}

/** What the log line of a request says. */
export interface RequestLine {
  requestId: string;
  method: string;
  /** Path and query as asked: secrets are masked before it is written, unless `masked`. */
  url: string;
  /** The URL was masked already (`maskUrl`). */
  masked?: boolean;
  status: number;
  /** `performance.now()` when the request arrived. */
  started: number;
  consumer: string | undefined;
}

const { chindingsSym, lsCacheSym, streamSym, timeSym } = pino.symbols;

/**
 * Writes the one log line of a request (at `info`), its URL masked. The line is the one pino
 * writes for `logger.info({ requestId, method, url, status, ms, consommateur }, 'request')`,
 * from the logger's own level string, time and bindings, serialised here: it is written for
 * every request, and its fields are known (no error, no object, nothing to redact), so the
 * general serialiser's work is not needed (ADR 56).
 */
export function logRequest(logger: Logger, line: RequestLine): void {
  if (!logger.isLevelEnabled('info')) return;
  const parts = logger as unknown as Record<symbol, unknown>;
  const level = (parts[lsCacheSym] as Record<number, string>)[logger.levels.values.info ?? 30];
  const time = (parts[timeSym] as () => string)();
  const ms = Math.round((performance.now() - line.started) * 100) / 100;
  const consumer =
    line.consumer === undefined ? '' : `,"consommateur":${JSON.stringify(line.consumer)}`;
  (parts[streamSym] as { write(text: string): void }).write(
    `${level}${time}${parts[chindingsSym]},"requestId":${JSON.stringify(line.requestId)},"method":${JSON.stringify(line.method)},"url":${JSON.stringify(line.masked ? line.url : maskUrl(line.url))},"status":${line.status},"ms":${ms}${consumer},"msg":"request"}\n`,
  );
}
