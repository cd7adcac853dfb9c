import type { SeededRandom } from '../seeded-random.js';
import { drawApiKey } from './draw-api-key.js';
import { drawHostileRequest } from './draw-hostile-request.js';
import { drawCatalogue, type FuzzBody, oversizedBody } from './fuzz-bodies.js';
import { type FuzzTarget, KNOWN_FILES } from './fuzz-targets.js';
import {
  drawList,
  drawValue,
  encodePathValue,
  type KnownValues,
  kindOf,
  MARKUP_MARKER,
} from './fuzz-values.js';
import type { HostileClass, Transport } from './hostile-class.js';

/** One request the fuzzer sends, everything needed to send it again. */
export interface FuzzRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  headers: Record<string, string>;
  body: FuzzBody | null;
  /** The target it was drawn for (its template), for the report. */
  target: string;
  /** The hostile class it was drawn for, reported apart; null for the ordinary draws. */
  hostile: HostileClass | null;
  /** How it is sent: in process, or over a socket to the real HTTP server. */
  transport: Transport;
}

/** The share of requests drawn as one of the hostile classes. */
const HOSTILE_SHARE = 0.12;

/** What the fuzzer knows besides the routes: values the data holds, a valid key, the body limit. */
export interface DrawContext {
  targets: readonly FuzzTarget[];
  known: KnownValues;
  /** A key that works, so some requests pass identification with a partner's limit. */
  apiKey: string;
  /** The coverage route's byte limit; a few bodies go past it. */
  maxBodyBytes: number;
}

const LIST_PARAMS = new Set(['codes', 'uais', 'regions', 'millesimes', 'academies']);
const ODD_METHODS = ['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'FOO', 'OPTIONS'];
const UNKNOWN_PARAMS = [
  'x',
  'limit',
  'offset',
  'sort',
  'callback',
  'api_key',
  'apiKey',
  'token',
  'cle',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'page[]',
  'a[b]',
  '',
  'é',
  'Code',
  'CODES',
  'utm_source',
  'widget',
];

/** One request's drawing: its generator, what it knows, and how hostile it is (0 to 1). */
interface Draw {
  random: SeededRandom;
  ctx: DrawContext;
  hostility: number;
  /** An establishment and a code it teaches, used together when a route takes both. */
  pair: { uai: string; code: string } | null;
}

function pathValue({ random, ctx, hostility, pair }: Draw, name: string): string {
  if (name === 'file') {
    return random.chance(0.6)
      ? random.pick(KNOWN_FILES.file)
      : drawValue(random, 'text', ctx.known, hostility);
  }
  if (name === 'page') {
    return random.chance(0.6)
      ? random.pick(KNOWN_FILES.page)
      : random.chance(0.5)
        ? random.pick(KNOWN_FILES.partner)
        : drawValue(random, 'text', ctx.known, hostility);
  }
  if (pair !== null && (name === 'uai' || name === 'code')) return pair[name];
  return name === 'codes'
    ? drawList(random, 'code', ctx.known, hostility)
    : drawValue(random, kindOf(name), ctx.known, hostility);
}

function queryString(draw: Draw, target: FuzzTarget): string {
  const { random, ctx, hostility, pair } = draw;
  const pairs: [string, string][] = [];
  for (const name of target.queryParams) {
    if (!random.chance(0.3)) continue;
    const value =
      pair !== null && name === 'uai'
        ? pair.uai
        : LIST_PARAMS.has(name)
          ? drawList(random, kindOf(name), ctx.known, hostility)
          : drawValue(random, kindOf(name), ctx.known, hostility);
    pairs.push([name, value]);
    if (random.chance(0.05 * hostility)) pairs.push([name, value]);
  }
  if (random.chance(0.25 * hostility)) {
    pairs.push([random.pick(UNKNOWN_PARAMS), drawValue(random, 'text', ctx.known, hostility)]);
  }
  const encoded = pairs.map(([name, value]) =>
    !random.chance(0.05 * hostility)
      ? `${encodeURIComponent(name)}=${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'))}`
      : random.pick([
          name.replace(/[^\w-]/g, ''),
          `${name}=%`,
          `${name}=%E0%A4%A`,
          `${name}==`,
          `&&${name}`,
        ]),
  );
  if (encoded.length === 0) return random.chance(0.05) ? '?' : '';
  return `?${encoded.join('&')}`;
}

function drawHeaders(
  random: SeededRandom,
  ctx: DrawContext,
  hostility: number,
): Record<string, string> {
  const headers: Record<string, string> = {};
  const maybe = (p: number, name: string, values: () => string) => {
    if (random.chance(p * (0.3 + hostility))) headers[name] = values();
  };
  // Header values are bytes: anything outside Latin-1 cannot be sent at all.
  const latin = (value: string) => value.replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?');
  const keys = [
    ` ${ctx.apiKey} `,
    ctx.apiKey.slice(0, -1),
    'ij_00000000_x',
    '',
    latin(drawValue(random, 'text', ctx.known)),
    'x'.repeat(8000),
    drawApiKey(random),
  ];
  maybe(0.1, 'X-API-Key', () => (random.chance(hostility) ? random.pick(keys) : ctx.apiKey));
  maybe(0.1, 'If-None-Match', () =>
    random.pick(['*', '"x"', 'W/"1"', '""', ',,,', latin(drawValue(random, 'text', ctx.known))]),
  );
  maybe(0.1, 'Origin', () =>
    random.pick([
      'https://partenaire.example',
      'null',
      'file://',
      'http://[::1',
      latin(`${MARKUP_MARKER}>`),
      'https://a.example:99999',
    ]),
  );
  maybe(0.05, 'Referer', () =>
    random.pick([
      'https://partenaire.example/page?x=1',
      'not a url',
      `https://${'a'.repeat(300)}.example/`,
    ]),
  );
  maybe(0.1, 'X-Forwarded-For', () =>
    random.pick([
      '203.0.113.1',
      '203.0.113.1, 10.0.0.1',
      '',
      'unknown',
      '::1',
      latin(drawValue(random, 'text', ctx.known)),
    ]),
  );
  maybe(0.05, 'X-Request-Id', () =>
    random.pick([
      'abc',
      'x'.repeat(65),
      `${MARKUP_MARKER}>`,
      latin(drawValue(random, 'text', ctx.known)),
    ]),
  );
  maybe(0.05, 'Accept', () => random.pick(['text/csv', 'application/xml', '*/*', 'text/html']));
  maybe(0.05, 'Accept-Encoding', () => random.pick(['gzip', 'br', 'identity;q=0', 'x']));
  maybe(0.03, 'Range', () => random.pick(['bytes=0-10', 'bytes=-1', 'bytes=x']));
  maybe(0.05, 'Access-Control-Request-Method', () => random.pick(['GET', 'POST', 'DELETE', 'X']));
  maybe(0.05, 'Access-Control-Request-Headers', () =>
    random.pick(['x-api-key', 'content-type, x-api-key', 'x-evil']),
  );
  return headers;
}

/**
 * Draws one request: a route, a method, its path and query values, headers and a body.
 * Each request has its own hostility, from none (every value valid, so the request reaches
 * the code behind the checks) to most values hostile; some are then made into one of the
 * hostile classes (`drawHostileRequest`).
 */
export function drawRequest(random: SeededRandom, ctx: DrawContext): FuzzRequest {
  const request = drawOrdinaryRequest(random, ctx);
  return random.chance(HOSTILE_SHARE) ? drawHostileRequest(random, ctx, request) : request;
}

function drawOrdinaryRequest(random: SeededRandom, ctx: DrawContext): FuzzRequest {
  const target = random.pick(ctx.targets);
  const hostility = random.pick([0, 0, 0.05, 0.2, 0.5, 0.9]);
  const pair =
    ctx.known.formations.length > 0 && random.chance(0.5)
      ? random.pick(ctx.known.formations)
      : null;
  const draw: Draw = { random, ctx, hostility, pair };
  let path = target.path;
  for (const name of target.pathParams) {
    path = path.replace(`{${name}}`, encodePathValue(random, pathValue(draw, name), hostility));
  }
  const url = `${path}${queryString(draw, target)}`;
  const headers = drawHeaders(random, ctx, hostility);
  let method = target.method.toUpperCase();
  const roll = random.next();
  if (roll < 0.05) method = 'HEAD';
  else if (roll < 0.05 + 0.1 * hostility) method = random.pick(ODD_METHODS);
  else if (roll < 0.05 + 0.15 * hostility && method === 'GET') method = 'POST';
  let body: FuzzBody | null = null;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    body = random.chance(0.02 * hostility)
      ? oversizedBody(ctx.maxBodyBytes + 1 + random.int(1024))
      : drawCatalogue(random, ctx.known, hostility);
    if (body.contentType !== null) headers['Content-Type'] = body.contentType;
    if (random.chance(0.05 * hostility)) {
      headers['Content-Length'] = String(
        random.pick([0, 1, body.bytes.length + 100, ctx.maxBodyBytes * 4]),
      );
    }
  }
  return {
    method,
    url,
    headers,
    body,
    target: `${target.method.toUpperCase()} ${target.path}`,
    hostile: null,
    transport: 'app',
  };
}

/** The request as one line a developer can read and replay with curl. */
export function describeRequest(request: FuzzRequest): string {
  const headers = Object.entries(request.headers)
    .map(
      ([name, value]) =>
        ` -H '${name}: ${value.length > 80 ? `${value.slice(0, 80)}…(${value.length})` : value}'`,
    )
    .join('');
  const url =
    request.url.length > 300
      ? `${request.url.slice(0, 300)}…(${request.url.length} characters)`
      : request.url;
  const body =
    request.body === null
      ? ''
      : ` [body: ${request.body.label}, ${request.body.bytes.length} bytes]`;
  const how =
    request.transport === 'app'
      ? ''
      : ` [${request.transport}, over a socket: curl normalises the path]`;
  return `curl -X ${request.method}${headers} 'http://localhost:3000${url}'${body}${how}`;
}
