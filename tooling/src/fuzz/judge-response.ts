import { ApiError, ERROR_STATUS } from '@inserjeunes/contract';
import type { FuzzRequest } from './draw-request.js';
import { MARKUP_MARKER } from './fuzz-values.js';

/** What is wrong with an answer, by kind: the counts the fuzzer must keep at zero. */
export type Fault =
  | { kind: 'server-error'; reason: string }
  | { kind: 'bad-4xx'; reason: string }
  | { kind: 'leak'; reason: string };

/** How a stack trace or a source path looks in a body: nothing of the server's insides may show. */
const STACK =
  /\n\s+at [^\n]*:\d+:\d+|\bat (async )?[\w.<>]+ \((file:|\/)[^)]*\)|node_modules\/|\/src\/[\w/-]+\.ts\b/;

export interface JudgeOptions {
  /** The widget's and the gallery's builds: without them, their routes answer 503 on purpose. */
  widgetBuilt: boolean;
  galleryBuilt: boolean;
}

/**
 * Judges one answer against the contract: no 5xx (bar the gallery's simulated outage and
 * an unbuilt widget or gallery, which say so), every 4xx of the API in the error shape with
 * the status of its code, other 4xx a page or a text saying why, and no stack trace nor
 * echoed markup anywhere.
 */
export function judgeResponse(
  request: FuzzRequest,
  response: Response,
  body: string,
  options: JudgeOptions,
): Fault | null {
  const path = pathOf(request.url);
  const type = response.headers.get('Content-Type') ?? '';
  const status = response.status;
  if (STACK.test(body))
    return {
      kind: 'leak',
      reason: `stack trace or source path in the body: ${excerpt(body.match(STACK)?.[0] ?? '')}`,
    };
  if (type.startsWith('text/html') && body.includes(MARKUP_MARKER)) {
    return { kind: 'leak', reason: 'markup from the request echoed unescaped in an HTML page' };
  }
  if (response.headers.get('X-Content-Type-Options') !== 'nosniff') {
    return { kind: 'leak', reason: 'no X-Content-Type-Options: nosniff' };
  }
  if (status >= 500) {
    if (expectedUnavailable(path, status, options)) return null;
    return { kind: 'server-error', reason: `${status}: ${excerpt(body)}` };
  }
  if (status >= 400) return judgeClientError(request, path, status, type, body);
  if (status === 200 && type.startsWith('application/json') && request.method !== 'HEAD') {
    try {
      JSON.parse(body);
    } catch {
      return { kind: 'server-error', reason: `200 with a body that is not JSON: ${excerpt(body)}` };
    }
  }
  return null;
}

/** The path as the app reads it: `//x` is a path here, not an address of another host. */
function pathOf(url: string): string {
  try {
    return new URL(url.startsWith('/') ? `http://localhost${url}` : url, 'http://localhost')
      .pathname;
  } catch {
    return url.split('?')[0] ?? '';
  }
}

function expectedUnavailable(path: string, status: number, options: JudgeOptions): boolean {
  if (status !== 503) return false;
  if (path.startsWith('/galerie-simulation/en-panne/')) return true;
  if (path.startsWith('/widget/') || path === '/embed') return !options.widgetBuilt;
  return !path.startsWith('/api/') && !options.galleryBuilt;
}

function judgeClientError(
  request: FuzzRequest,
  path: string,
  status: number,
  type: string,
  body: string,
): Fault | null {
  if (path.startsWith('/compat/trajectoires-pro/'))
    return judgeCompatError(request, status, type, body);
  const api = path === '/api' || path.startsWith('/api/');
  if (api || type.startsWith('application/json')) {
    if (!type.startsWith('application/json')) {
      return {
        kind: 'bad-4xx',
        reason: `${status} in ${type || 'no Content-Type'}, not the JSON error shape`,
      };
    }
    if (request.method === 'HEAD') return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { kind: 'bad-4xx', reason: `${status} whose body is not JSON: ${excerpt(body)}` };
    }
    const shape = ApiError.safeParse(parsed);
    if (!shape.success)
      return { kind: 'bad-4xx', reason: `${status} outside the error shape: ${excerpt(body)}` };
    const expected = ERROR_STATUS[shape.data.error.code];
    if (expected !== status) {
      return {
        kind: 'bad-4xx',
        reason: `${status} with code ${shape.data.error.code}, whose status is ${expected}`,
      };
    }
    if (shape.data.error.message.trim() === '')
      return { kind: 'bad-4xx', reason: `${status} with an empty message` };
    return null;
  }
  // The widget's files, the embed page and the gallery answer people, not programs.
  if (!type.startsWith('text/html') && !type.startsWith('text/plain')) {
    return { kind: 'bad-4xx', reason: `${status} in ${type || 'no Content-Type'} on a page route` };
  }
  if (request.method !== 'HEAD' && body.trim() === '')
    return { kind: 'bad-4xx', reason: `${status} with an empty body` };
  return null;
}

/** Under the compatible base URL, a 4xx is the reference's `{ statusCode, error, message }`. */
function judgeCompatError(
  request: FuzzRequest,
  status: number,
  type: string,
  body: string,
): Fault | null {
  if (!type.startsWith('application/json')) {
    return { kind: 'bad-4xx', reason: `${status} in ${type || 'no Content-Type'}, not JSON` };
  }
  if (request.method === 'HEAD') return null;
  let parsed: { statusCode?: unknown; error?: unknown; message?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return { kind: 'bad-4xx', reason: `${status} whose body is not JSON: ${excerpt(body)}` };
  }
  if (
    parsed.statusCode !== status ||
    typeof parsed.error !== 'string' ||
    typeof parsed.message !== 'string' ||
    parsed.message.trim() === ''
  ) {
    return {
      kind: 'bad-4xx',
      reason: `${status} outside the reference's error shape: ${excerpt(body)}`,
    };
  }
  return null;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
