import { createHash } from 'node:crypto';
import { dataSurrogateKeys } from '@inserjeunes/contract';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { DataState } from '../data/data-state.js';
import type { ApiEnv } from '../http/api-env.js';
import { chooseCoding } from '../http/content-coding.js';
import { codedEtag, readyEntry, readyResponse, sameAnswer } from '../http/ready-answer.js';
import { contextHeaders } from '../http/request-headers.js';
import type { CachedResponse, ResponseCache } from '../http/response-cache.js';

const ENCODER = new TextEncoder();

export interface PublicGetOptions {
  /** Keep computed responses in the in-process cache until the next import. */
  cache: boolean;
  /** `max-age` of the `Cache-Control` header, in seconds. */
  maxAge: number;
}

/**
 * Makes a public GET cacheable by browsers and CDNs: a strong ETag made of the data version
 * and a hash of the body, `Cache-Control: public`, and 304 when the client already holds
 * that version. The answer is sent ready (`readyResponse`): compressed when the client accepts
 * it, its headers written once. With `cache`, it is also kept in process, keyed by the full
 * URL, so the next identical request costs no query, no serialisation, no hashing and, per
 * coding, one compression in all.
 */
export function publicGet(
  state: DataState,
  store: ResponseCache,
  options: PublicGetOptions,
): MiddlewareHandler<ApiEnv> {
  const cacheControl = `public, max-age=${options.maxAge}, stale-while-revalidate=${options.maxAge}`;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const snapshot = await state.current();
    store.useVersion(snapshot.version);
    const key = c.req.url.slice(c.req.url.indexOf('/', 8));
    let entry: CachedResponse | undefined = options.cache ? store.get(key) : undefined;
    const hit = entry !== undefined;
    if (entry === undefined) {
      await next();
      if (c.res.status !== 200) return;
      const payload = c.get('payload');
      // A handler that used `sendText` left its body on the context: no need to read the stream.
      const body =
        payload === undefined ? new Uint8Array(await c.res.arrayBuffer()) : ENCODER.encode(payload);
      const etag = `"${snapshot.version}-${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
      // The data's surrogate keys, for a CDN's purge: kept with the entry, which lives as long
      // as this data version.
      for (const [name, value] of surrogateHeaders(snapshot.version))
        c.res.headers.set(name, value);
      entry = readyEntry(body, etag, c.res.headers, cacheControl, routePath(c));
      if (options.cache) store.set(key, entry);
    }
    const headers = contextHeaders(c);
    const ifNoneMatch = headers('if-none-match');
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, entry.etag)) {
      const notModified = notModifiedHeaders(headers('accept-encoding'), entry, snapshot.version);
      c.res = new Response(null, { status: 304, headers: notModified });
      return;
    }
    c.res = await readyResponse(c, entry, options.cache ? (hit ? 'hit' : 'miss') : null);
  };
}

/** The headers of a 304: the ETag of the variant the client would have been sent. */
function notModifiedHeaders(
  acceptEncoding: string | undefined,
  entry: CachedResponse,
  version: string,
): Record<string, string> {
  const coding = entry.varies ? chooseCoding(acceptEncoding) : null;
  const headers: Record<string, string> = {
    ETag: coding === null ? entry.etag : codedEtag(entry.etag, coding),
    'Cache-Control': entry.headers['cache-control'] ?? '',
    ...Object.fromEntries(surrogateHeaders(version)),
  };
  if (entry.varies) headers.Vary = 'Accept-Encoding';
  return headers;
}

/** `Surrogate-Key` (space-separated) and `Cache-Tag` (comma-separated) of a data version. */
function surrogateHeaders(version: string): [string, string][] {
  const keys = dataSurrogateKeys(version);
  return [
    ['Surrogate-Key', keys.join(' ')],
    ['Cache-Tag', keys.join(',')],
  ];
}

/** Whether `If-None-Match` names this answer, in any of its codings. */
export function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch
    .split(',')
    .some((candidate) => sameAnswer(candidate.trim().replace(/^W\//, ''), etag));
}
