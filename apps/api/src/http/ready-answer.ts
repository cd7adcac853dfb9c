import type { Context } from 'hono';
import type { ApiEnv, Consumer } from './api-env.js';
import { addSecurityHeaders } from './common-headers.js';
import {
  type Coding,
  chooseCoding,
  compress,
  compressible,
  MIN_COMPRESSED_BYTES,
} from './content-coding.js';
import { CORS_HEADERS } from './cors.js';
import { contextHeaders } from './request-headers.js';
import type { CachedResponse } from './response-cache.js';

/**
 * An answer ready to be sent again: its bytes, ETag and every header that does not depend on
 * the caller (the route's own, security and CORS), lower-case, in a plain record the Node
 * adapter writes as it is.
 */
export function readyEntry(
  body: Uint8Array,
  etag: string,
  routeHeaders: Headers,
  cacheControl: string,
  route: string,
): CachedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of routeHeaders) headers[name] = value;
  delete headers['content-length'];
  headers.etag = etag;
  headers['cache-control'] = cacheControl;
  headers['x-cache'] = 'hit';
  Object.assign(headers, CORS_HEADERS);
  addSecurityHeaders(
    (name) => headers[name],
    (name, value) => {
      headers[name] = value;
    },
  );
  const varies = body.byteLength >= MIN_COMPRESSED_BYTES && compressible(headers['content-type']);
  return {
    status: 200,
    body,
    headers,
    etag,
    varies,
    route,
    coding: {},
    coded: {},
    views: {},
    lists: {},
  };
}

/** The ETag of a compressed variant: the same content, another representation. */
export function codedEtag(etag: string, coding: Coding): string {
  return `${etag.slice(0, -1)}-${coding}"`;
}

/** An entity tag of any variant of the answer whose identity ETag is `etag`. */
export function sameAnswer(candidate: string, etag: string): boolean {
  return candidate.replace(/-(br|gzip)"$/, '"') === etag;
}

/** Who an answer is for: who may store it and which of the client's headers it carries. */
export type Audience = 'partner' | 'anonymous' | 'unidentified';

/** The audience of a consumer (none: a route without the caller's guards). */
export function audienceOf(consumer: Consumer | undefined): Audience {
  return consumer === undefined ? 'unidentified' : consumer.partner ? 'partner' : 'anonymous';
}

/**
 * The headers of one view of the entry (who asks, which coding, whether the cache answered),
 * its length included, built on first use and kept with it: the same for every such request.
 */
function view(
  entry: CachedResponse,
  audience: Audience,
  coding: Coding | null,
  cache: 'hit' | 'miss' | null,
  length: number,
): Record<string, string> {
  const name = `${audience} ${coding} ${cache}`;
  const known = entry.views[name];
  if (known !== undefined) return known;
  const headers: Record<string, string> = { ...entry.headers };
  if (cache === null) delete headers['x-cache'];
  else headers['x-cache'] = cache;
  const vary = entry.varies ? ['Accept-Encoding'] : [];
  if (audience === 'partner') {
    headers['cache-control'] = headers['cache-control']?.replace(/\bpublic\b/, 'private') ?? '';
  } else if (audience === 'anonymous') {
    vary.unshift('X-API-Key');
  }
  if (vary.length > 0) headers.vary = vary.join(', ');
  if (coding !== null) {
    headers['content-encoding'] = coding;
    headers.etag = codedEtag(entry.etag, coding);
  }
  headers['content-length'] = String(length);
  entry.views[name] = headers;
  return headers;
}

/** The body in `coding` when it was made already. */
export function readyBody(entry: CachedResponse, coding: Coding | null): Uint8Array | undefined {
  return coding === null ? entry.body : entry.coded[coding];
}

/** The body in `coding`, compressed on the first request that asks for it, then kept. */
async function codedBody(entry: CachedResponse, coding: Coding): Promise<Uint8Array> {
  const done = entry.coded[coding];
  if (done !== undefined) return done;
  let pending = entry.coding[coding];
  if (pending === undefined) {
    pending = compress(entry.body, coding);
    entry.coding[coding] = pending;
  }
  const body = await pending;
  if (entry.coded[coding] === undefined) {
    entry.coded[coding] = body;
    entry.grew?.(body.byteLength);
  }
  return body;
}

/** What a partner's answer carries of its own request. */
export interface PartnerHeaders {
  requestId: string;
  rateLimitHeaders: Record<string, string> | undefined;
}

/**
 * The headers of one answer from the ready entry: a partner's is private and carries its
 * request id and rate-limit headers; an anonymous public one carries none of its client's (a
 * shared cache replays it) and says that a key changes it.
 */
export function readyHeaders(
  entry: CachedResponse,
  audience: Audience,
  coding: Coding | null,
  cache: 'hit' | 'miss' | null,
  body: Uint8Array,
  partner: PartnerHeaders,
): Record<string, string> {
  const headers = view(entry, audience, coding, cache, body.byteLength);
  if (audience !== 'partner') return headers;
  return { ...headers, 'x-request-id': partner.requestId, ...partner.rateLimitHeaders };
}

/**
 * The same headers as {@link readyHeaders}, as a flat name, value… list for Node's
 * `writeHead`: a partner's own fields are appended to the view's list, kept with the entry,
 * rather than copied with it into a record of two dozen fields.
 */
export function readyHeaderList(
  entry: CachedResponse,
  audience: Audience,
  coding: Coding | null,
  body: Uint8Array,
  partner: PartnerHeaders,
): string[] {
  const headers = view(entry, audience, coding, 'hit', body.byteLength);
  entry.lists ??= {};
  const name = `${audience} ${coding} hit`;
  let list = entry.lists[name];
  if (list === undefined) {
    list = Object.entries(headers).flat();
    entry.lists[name] = list;
  }
  if (audience !== 'partner') return list;
  const own = ['x-request-id', partner.requestId];
  for (const [field, value] of Object.entries(partner.rateLimitHeaders ?? {})) {
    own.push(field, value);
  }
  return list.concat(own);
}

/**
 * The response for this caller, built from the ready entry, in the coding the client accepts
 * (`readyHeaders`). The middleware around it see `ready` and add nothing, so the Node adapter
 * writes the plain record as it is.
 */
export async function readyResponse(
  c: Context<ApiEnv>,
  entry: CachedResponse,
  cache: 'hit' | 'miss' | null,
): Promise<Response> {
  const coding = entry.varies ? chooseCoding(contextHeaders(c)('accept-encoding')) : null;
  const body = coding === null ? entry.body : await codedBody(entry, coding);
  const headers = readyHeaders(entry, audienceOf(c.get('consumer')), coding, cache, body, {
    requestId: c.get('requestId'),
    rateLimitHeaders: c.get('rateLimitHeaders'),
  });
  c.set('ready', true);
  if (cache !== null) c.set('cacheOutcome', cache);
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
