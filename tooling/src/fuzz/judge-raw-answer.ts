import { ApiError, ERROR_STATUS } from '@inserjeunes/contract';
import type { FuzzRequest } from './draw-request.js';
import { type Fault, type JudgeOptions, judgeResponse } from './judge-response.js';
import type { RawOutcome } from './raw-client.js';

/**
 * Judges what the real HTTP server did with a request sent over a socket. A raw backslash or
 * space before the query string, and headers slower than the header timeout, never reach the
 * application: the server itself answers, and that answer is a JSON error in the contract's
 * shape, with CORS and `nosniff` (408 for the slow client, who may also just be cut off, or
 * 400 when the parser refuses one of its bytes first).
 * A slow body may be answered by the route (it need not read a body), as any answer is judged.
 * A connection left open past the guard is a hang, counted with the server errors.
 */
export function judgeRawAnswer(
  request: FuzzRequest,
  outcome: RawOutcome,
  options: JudgeOptions,
): Fault | null {
  const slow = request.transport === 'slow-headers' || request.transport === 'slow-body';
  if (outcome.kind === 'timeout') {
    return { kind: 'server-error', reason: 'connection still open without an answer (a hang)' };
  }
  if (outcome.kind === 'closed') {
    return slow ? null : { kind: 'server-error', reason: 'connection closed without an answer' };
  }
  // Spaces ending the request target only widen the gap before the version, which a server
  // may read as one separator (RFC 9112, section 3): the target is then read without them.
  const path = request.url.replace(/ +$/, '').split('?')[0] ?? '';
  const refusedByServer =
    request.transport === 'slow-headers' || (request.transport === 'raw' && /[\\ ]/.test(path));
  if (refusedByServer) {
    // A slow client is cut with 408, unless the parser refused one of its bytes first (a drawn
    // hostile header or path): a 400 in the same shape, which is as good an answer.
    if (request.transport === 'slow-headers' && outcome.status !== 408 && outcome.status !== 400) {
      return { kind: 'bad-4xx', reason: `${outcome.status} to a slow client, not 408 nor 400` };
    }
    return httpLayerError(outcome, request.method === 'HEAD');
  }
  // An unknown method or headers too large are refused by the parser, whatever the path:
  // its answer is the contract's, even under the compatible base URL.
  if (fromHttpLayer(outcome) && httpLayerError(outcome, request.method === 'HEAD') === null) {
    return null;
  }
  const noBody = outcome.status === 204 || outcome.status === 304 || request.method === 'HEAD';
  let response: Response;
  try {
    response = new Response(noBody ? null : outcome.body, {
      status: outcome.status,
      headers: [...outcome.headers],
    });
  } catch (error) {
    return { kind: 'server-error', reason: `unreadable answer: ${String(error)}` };
  }
  return judgeResponse(request, response, outcome.body, options);
}

/** The codes only the HTTP layer answers with (`apps/api/src/http/adapter-errors.ts`). */
const LAYER_CODES = ['requete_invalide', 'entetes_trop_grands', 'requete_trop_lente'];

function fromHttpLayer(outcome: { body: string }): boolean {
  return LAYER_CODES.some((code) => outcome.body.startsWith(`{"error":{"code":"${code}"`));
}

/** An answer the HTTP layer gives itself: a 4xx JSON error of the contract, with CORS. */
function httpLayerError(
  outcome: { status: number; headers: Map<string, string>; body: string },
  head: boolean,
): Fault | null {
  const { status, headers, body } = outcome;
  if (status < 400 || status >= 500) {
    return {
      kind: status >= 500 ? 'server-error' : 'bad-4xx',
      reason: `${status}, not a 4xx error`,
    };
  }
  if (!(headers.get('content-type') ?? '').startsWith('application/json')) {
    return {
      kind: 'bad-4xx',
      reason: `${status} in ${headers.get('content-type') ?? 'no Content-Type'}`,
    };
  }
  if (headers.get('access-control-allow-origin') !== '*') {
    return { kind: 'bad-4xx', reason: `${status} without CORS (Access-Control-Allow-Origin)` };
  }
  if (headers.get('x-content-type-options') !== 'nosniff') {
    return { kind: 'leak', reason: 'no X-Content-Type-Options: nosniff' };
  }
  // An answer to HEAD carries the headers only.
  if (head) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { kind: 'bad-4xx', reason: `${status} whose body is not JSON` };
  }
  const shape = ApiError.safeParse(parsed);
  if (!shape.success) return { kind: 'bad-4xx', reason: `${status} outside the error shape` };
  if (ERROR_STATUS[shape.data.error.code] !== status) {
    return { kind: 'bad-4xx', reason: `${status} with code ${shape.data.error.code}` };
  }
  return null;
}
