import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DataSnapshot, DataState } from '../data/data-state.js';
import type { KeyVerifier } from '../keys/api-keys.js';
import type { ApiMetrics } from '../metrics/api-metrics.js';
import { usageRoute, widgetView } from '../middleware/count-usage.js';
import {
  anonymousConsumer,
  type ConsumerOptions,
  partnerConsumer,
} from '../middleware/identify-consumer.js';
import { matches } from '../middleware/public-get.js';
import { rateLimitVerdict, WINDOW_MS } from '../middleware/rate-limit.js';
import { logRequest, requestIdOf } from '../middleware/request-context.js';
import type { RateLimitHit, RateLimitStore } from '../rate-limit/rate-limit-store.js';
import type { UsageRecorder } from '../usage/usage-recorder.js';
import type { Consumer } from './api-env.js';
import { chooseCoding } from './content-coding.js';
import { maskUrl } from './mask-url.js';
import { audienceOf, readyBody, readyHeaderList } from './ready-answer.js';
import { nodeHeaders } from './request-headers.js';
import type { ResponseCache } from './response-cache.js';

/** What the front door reads and counts: the same parts the middleware use. */
export interface FrontDoorParts {
  state: DataState;
  cache: ResponseCache;
  keys: KeyVerifier;
  consumers: ConsumerOptions;
  rateLimitStore: RateLimitStore;
  usage: UsageRecorder;
  metrics: ApiMetrics;
  logger: Logger;
  /** The route groups of the metrics, known once the routes are declared. */
  groupOf: () => (path: string) => string;
  now?: () => number;
}

/**
 * Answers a request from the Node server itself when the answer is ready, or says it did not
 * (false) and the framework takes the request. It answers at once when nothing has to be
 * waited for (the data version checked lately, counters in memory), else in a promise.
 */
export type FrontDoor = (
  incoming: IncomingMessage,
  outgoing: ServerResponse,
) => boolean | Promise<boolean>;

/**
 * The shortest way to a ready answer: a GET of the API whose URL, as sent, is in the response
 * cache for the current data version. Such a URL was answered once through every middleware,
 * so what is left to decide depends only on the caller: who it is (a key already verified, or
 * none), where it stands against its limit, the coding it accepts. Each of those is decided by
 * the same function the middleware call, in the same order, and the request is counted,
 * measured and logged as they would. Anything else — an unknown key, a caller past its limit,
 * a coding not made yet, a revalidation — goes to the framework, which answers it (ADR 56).
 */
export function frontDoor(parts: FrontDoorParts): FrontDoor {
  const now = parts.now ?? Date.now;

  function answer(
    incoming: IncomingMessage,
    outgoing: ServerResponse,
    snapshot: DataSnapshot,
    started: number,
  ): boolean | Promise<boolean> {
    parts.cache.useVersion(snapshot.version);
    const url = incoming.url ?? '';
    const entry = parts.cache.get(url);
    if (entry === undefined) return false;
    const headers = nodeHeaders(incoming);
    const key = headers('x-api-key')?.trim();
    let consumer: Consumer;
    if (key === undefined) {
      consumer = anonymousConsumer(headers, incoming.socket, parts.consumers);
    } else {
      parts.keys.useVersion(snapshot.keysVersion);
      const known = parts.keys.known(key);
      if (!known) return false;
      consumer = partnerConsumer(known);
    }
    const coding = entry.varies ? chooseCoding(headers('accept-encoding')) : null;
    const body = readyBody(entry, coding);
    if (body === undefined) return false;
    // A revalidation's 304 carries the headers the framework's middleware give it.
    const ifNoneMatch = headers('if-none-match');
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, entry.etag)) return false;
    const at = now();
    const send = (hit: RateLimitHit): boolean => {
      const verdict = rateLimitVerdict(consumer, hit, at);
      // The framework answers the 429 (counting the request once more, past the limit already).
      if (verdict.refused) return false;
      const requestId = requestIdOf(headers('x-request-id'));
      outgoing.writeHead(
        200,
        readyHeaderList(entry, audienceOf(consumer), coding, body, {
          requestId,
          rateLimitHeaders: verdict.headers,
        }),
      );
      outgoing.end(body);
      parts.usage.record(consumer.name, usageRoute(entry.route), widgetView(url));
      if (entry.group === undefined) {
        const query = url.indexOf('?');
        entry.group = parts.groupOf()(query < 0 ? url : url.slice(0, query));
      }
      parts.metrics.answered(entry.group, 200, (performance.now() - started) / 1000);
      parts.metrics.cacheOutcome('hit');
      parts.metrics.readyAnswer();
      // The URL is the entry's key: masked once for all its log lines.
      entry.loggedUrl ??= maskUrl(url);
      logRequest(parts.logger, {
        requestId,
        method: incoming.method ?? 'GET',
        url: entry.loggedUrl,
        masked: true,
        status: 200,
        started,
        consumer: consumer.name,
      });
      return true;
    };
    const counted = parts.rateLimitStore.hit(consumer.rateKey, WINDOW_MS, at);
    return counted instanceof Promise ? counted.then(send) : send(counted);
  }

  return (incoming, outgoing) => {
    const started = performance.now();
    const { method, url } = incoming;
    if ((method !== 'GET' && method !== 'HEAD') || url === undefined || !apiPath(url)) {
      return false;
    }
    const snapshot = parts.state.fresh();
    return snapshot === undefined
      ? parts.state.current().then((checked) => answer(incoming, outgoing, checked, started))
      : answer(incoming, outgoing, snapshot, started);
  };
}

/** The API's paths, where every route has the caller's guards (`/api/*`). */
function apiPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/api?');
}
