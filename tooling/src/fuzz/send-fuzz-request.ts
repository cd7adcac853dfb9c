import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { App } from '@inserjeunes/api';
import type { FuzzRequest } from './draw-request.js';
import { judgeRawAnswer } from './judge-raw-answer.js';
import { type Fault, type JudgeOptions, judgeResponse } from './judge-response.js';
import { type RawClientOptions, sendRaw } from './raw-client.js';

/** A request sent and its answer judged: the status (null when none came) and the fault, if any. */
export interface Judged {
  status: number | null;
  /** The status as the report shows it: a number, `closed` or `none`. */
  seen: string;
  fault: Fault | null;
}

async function inProcess(
  app: App,
  request: FuzzRequest,
  timeoutMs: number,
): Promise<{ response: Response; body: string } | null> {
  const slow = request.url.startsWith('/galerie-simulation/lente/');
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    // The gallery's slow stand-in holds its answer 10 s, until the client gives up: give up at once.
    ...(slow ? { signal: AbortSignal.timeout(20) } : {}),
  };
  if (request.body !== null) init.body = request.body.bytes;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const answer = (async () => {
    const response = await app.request(request.url, init);
    return { response, body: decoded(response, new Uint8Array(await response.arrayBuffer())) };
  })();
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as the client reads it, once undone the coding the server chose from the request's
 * `Accept-Encoding`. A body that does not decode as its `Content-Encoding` says reads as text
 * that is not JSON, which the judge reports.
 */
function decoded(response: Response, bytes: Uint8Array): string {
  const coding = response.headers.get('Content-Encoding');
  try {
    if (coding === 'gzip') return gunzipSync(bytes).toString('utf8');
    if (coding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  } catch {
    return `undecodable ${coding} body: ${Buffer.from(bytes).toString('latin1')}`;
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Sends the request the way it was drawn to travel, in process through `app.request` or over
 * a socket to the real HTTP server (`raw` for the fuzzer's own bytes), and judges the answer.
 */
export async function sendAndJudge(
  app: App,
  request: FuzzRequest,
  options: { timeoutMs: number; judge: JudgeOptions; raw: RawClientOptions },
): Promise<Judged> {
  if (request.transport !== 'app') {
    const outcome = await sendRaw(request, options.raw);
    const fault = judgeRawAnswer(request, outcome, options.judge);
    if (outcome.kind === 'answer')
      return { status: outcome.status, seen: String(outcome.status), fault };
    return { status: null, seen: outcome.kind === 'closed' ? 'closed' : 'none', fault };
  }
  const outcome = await inProcess(app, request, options.timeoutMs);
  if (outcome === null) {
    return {
      status: null,
      seen: 'none',
      fault: { kind: 'server-error', reason: `no answer within ${options.timeoutMs} ms` },
    };
  }
  const { response, body } = outcome;
  return {
    status: response.status,
    seen: String(response.status),
    fault: judgeResponse(request, response, body, options.judge),
  };
}
