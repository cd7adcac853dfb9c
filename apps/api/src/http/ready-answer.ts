import type { Context } from 'hono';
import type { ApiEnv } from './api-env.js';
import { addSecurityHeaders } from './common-headers.js';
import {
  type Coding,
  chooseCoding,
  compress,
  compressible,
  MIN_COMPRESSED_BYTES,
} from './content-coding.js';
import { CORS_HEADERS } from './cors.js';
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
  return { status: 200, body, headers, etag, varies, coded: {} };
}

/** The ETag of a compressed variant: the same content, another representation. */
export function codedEtag(etag: string, coding: Coding): string {
  return `${etag.slice(0, -1)}-${coding}"`;
}

/** An entity tag of any variant of the answer whose identity ETag is `etag`. */
export function sameAnswer(candidate: string, etag: string): boolean {
  return candidate.replace(/-(br|gzip)"$/, '"') === etag;
}

function variant(entry: CachedResponse, coding: Coding): Promise<Uint8Array> {
  let coded = entry.coded[coding];
  if (coded === undefined) {
    coded = compress(entry.body, coding);
    entry.coded[coding] = coded;
  }
  return coded;
}

/**
 * The response for this caller, built once from the ready entry: the coding the client
 * accepts (the variant is compressed on the first request that asks for it, then kept), and
 * who may store it. A partner's answer is private and carries its request id and rate-limit
 * headers; an anonymous public one carries none of its client's (a shared cache replays it)
 * and says that a key changes it. The middleware around it see `ready` and add nothing.
 */
export async function readyResponse(
  c: Context<ApiEnv>,
  entry: CachedResponse,
  cache: 'hit' | 'miss' | null,
): Promise<Response> {
  const coding = entry.varies ? chooseCoding(c.req.header('Accept-Encoding')) : null;
  const headers: Record<string, string> = { ...entry.headers };
  if (cache === null) delete headers['x-cache'];
  else headers['x-cache'] = cache;
  const vary = entry.varies ? ['Accept-Encoding'] : [];
  const consumer = c.get('consumer');
  if (consumer?.partner) {
    headers['cache-control'] = headers['cache-control']?.replace(/\bpublic\b/, 'private') ?? '';
    headers['x-request-id'] = c.get('requestId');
    Object.assign(headers, c.get('rateLimitHeaders'));
  } else if (consumer !== undefined) {
    vary.unshift('X-API-Key');
  }
  if (vary.length > 0) headers.vary = vary.join(', ');
  let body = entry.body;
  if (coding !== null) {
    body = await variant(entry, coding);
    headers['content-encoding'] = coding;
    headers.etag = codedEtag(entry.etag, coding);
  }
  c.set('ready', true);
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
