import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import {
  chooseCoding,
  compress,
  compressible,
  MIN_COMPRESSED_BYTES,
} from '../http/content-coding.js';

const ENCODER = new TextEncoder();

/**
 * Compresses the answers whose whole text a handler gave (`sendText`, `sendHtml`): JSON, CSV,
 * HTML, with Brotli or gzip as the client accepts (`Accept-Encoding`), and says that they
 * vary with it. Ready answers were compressed when built (`readyResponse`); streamed answers
 * (the coverage check) and files go as they are, the files being compressed beforehand.
 */
export function compression(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    await next();
    const payload = c.get('payload');
    if (payload === undefined || c.get('ready') || c.res.status !== 200) return;
    const headers = c.res.headers;
    if (headers.has('Content-Encoding') || !compressible(headers.get('Content-Type'))) return;
    const body = ENCODER.encode(payload);
    if (body.byteLength < MIN_COMPRESSED_BYTES) return;
    headers.append('Vary', 'Accept-Encoding');
    const coding = chooseCoding(c.req.header('Accept-Encoding'));
    if (coding === null) return;
    const compressed = await compress(body, coding);
    headers.set('Content-Encoding', coding);
    headers.delete('Content-Length');
    const etag = headers.get('ETag');
    if (etag !== null) headers.set('ETag', `${etag.slice(0, -1)}-${coding}"`);
    c.res = new Response(compressed as Uint8Array<ArrayBuffer>, { status: 200, headers });
  };
}
