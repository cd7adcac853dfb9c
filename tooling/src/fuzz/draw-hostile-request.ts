import type { SeededRandom } from '../seeded-random.js';
import { drawApiKey } from './draw-api-key.js';
import type { DrawContext, FuzzRequest } from './draw-request.js';
import type { FuzzBody } from './fuzz-bodies.js';
import { drawDeepJson, drawLongCells, drawWideCatalogue } from './hostile-bodies.js';
import { HOSTILE_CLASSES } from './hostile-class.js';
import { drawLongPath, rawPath } from './hostile-paths.js';

/** Methods a long path is sent with: the 405 branch of the matcher runs for those a route lacks. */
const LONG_PATH_METHODS = ['GET', 'GET', 'POST', 'DELETE', 'PUT', 'OPTIONS'];

function withBody(
  random: SeededRandom,
  request: FuzzRequest,
  ctx: DrawContext,
  body: FuzzBody,
): FuzzRequest {
  const target = ctx.targets.find((t) => t.bodyTypes.length > 0);
  const headers = { ...request.headers };
  delete headers['Content-Length'];
  // One catalogue per client is checked at a time: from one client, most would only be
  // refused with a 429 and never reach the reader whose limits they test.
  headers['X-Forwarded-For'] = `198.51.100.${1 + random.int(254)}`;
  if (body.contentType !== null) headers['Content-Type'] = body.contentType;
  return {
    ...request,
    method: 'POST',
    url: target?.path ?? request.url,
    target: target === undefined ? request.target : `POST ${target.path}`,
    headers,
    body,
  };
}

/**
 * Turns an ordinary drawn request into one of the hostile classes: a catalogue too wide, with
 * cells too long, or JSON too deep or too wide for the coverage route; a path of 16,000
 * characters or more; a key no partner holds; a raw backslash or space in the path; a client
 * too slow to finish its headers or its body.
 */
export function drawHostileRequest(
  random: SeededRandom,
  ctx: DrawContext,
  request: FuzzRequest,
): FuzzRequest {
  const hostile = random.pick(HOSTILE_CLASSES);
  const known = ctx.known;
  switch (hostile) {
    case 'wide catalogue':
      return { ...withBody(random, request, ctx, drawWideCatalogue(random, known)), hostile };
    case 'long cells':
      return { ...withBody(random, request, ctx, drawLongCells(random, known)), hostile };
    case 'deep or wide JSON':
      return { ...withBody(random, request, ctx, drawDeepJson(random, known)), hostile };
    case 'long path': {
      const method = random.pick(LONG_PATH_METHODS);
      const url = drawLongPath(random, request.url.split('?')[0] ?? '/', known.codes);
      return { ...request, method, url, body: method === 'GET' ? null : request.body, hostile };
    }
    case 'random key': {
      const key = drawApiKey(random);
      // The compatible base URL reads its key from the query, as the reference did.
      if (request.url.startsWith('/compat/') && random.chance(0.5)) {
        const joiner = request.url.includes('?') ? '&' : '?';
        return {
          ...request,
          url: `${request.url}${joiner}apiKey=${encodeURIComponent(key)}`,
          hostile,
        };
      }
      return { ...request, headers: { ...request.headers, 'X-API-Key': key }, hostile };
    }
    case 'raw bytes in the path':
      return { ...request, url: rawPath(random, request.url), transport: 'raw', hostile };
    case 'slow client':
      return {
        ...request,
        transport: request.body !== null && random.chance(0.5) ? 'slow-body' : 'slow-headers',
        hostile,
      };
  }
}
