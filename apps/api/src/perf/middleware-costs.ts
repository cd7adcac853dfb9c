// `pnpm --filter @inserjeunes/api exec tsx src/perf/middleware-costs.ts`: what each part of
// the per-request machinery costs, in CPU microseconds per request, measured in process on
// the test scenario (PGlite in memory). Each middleware runs alone in front of a small JSON
// handler, against that handler alone; then the whole app answers a cached figure (anonymous
// and with a key), the same figure computed on every request (cache off), and the front door
// answering the cached figure before the framework (ADR 56). A response the
// Node adapter cannot write as is (headers read back, a body turned into a stream) is
// materialised as the adapter would, so its cost is counted. Figures are printed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createDb } from '@inserjeunes/db';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import pino from 'pino';
import { createApp } from '../app.js';
import { createServices } from '../app-services.js';
import type { ApiEnv } from '../http/api-env.js';
import { CORS } from '../http/cors.js';
import type { FrontDoor } from '../http/front-door.js';
import { createKey } from '../keys/api-keys.js';
import { countUsage } from '../middleware/count-usage.js';
import { identifyConsumer, verifyKey } from '../middleware/identify-consumer.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { requestContext } from '../middleware/request-context.js';
import { secureHeaders } from '../middleware/secure-headers.js';
import { logDestination } from '../server/log-destination.js';
import { S, seedScenario } from '../testing/scenario.js';

const ROUNDS = 3;
const PER_ROUND = 10_000;
const PATH = `/api/inserjeunes/certifications/${S.cap}`;
// Installs the adapter's lightweight Request and Response, as the server does.
getRequestListener(() => new Response(null));
const CACHE = Object.getOwnPropertySymbols(new Response('')).find((s) => s.description === 'cache');

/** What the adapter does before writing: nothing for a lightweight answer, else read it. */
async function write(response: Response): Promise<void> {
  const cached = CACHE && (response as unknown as Record<symbol, unknown[]>)[CACHE];
  if (cached) {
    if (cached[2] instanceof Headers) for (const _ of cached[2]);
    return;
  }
  for (const _ of response.headers);
  await response.arrayBuffer();
}

type Fetch = (request: Request) => Response | Promise<Response>;

/** Median CPU microseconds per call of `one` over the rounds, after a warm-up. */
async function medianCpu(one: () => Promise<void> | void): Promise<number> {
  for (let i = 0; i < 2000; i++) await one();
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < PER_ROUND; i++) await one();
    const used = process.cpuUsage(before);
    rounds.push((used.user + used.system) / PER_ROUND);
  }
  return rounds.sort((a, b) => a - b)[1] ?? Number.NaN;
}

/** Median CPU microseconds per request through `fetch`. */
function cost(fetch: Fetch, headers: Record<string, string> = {}): Promise<number> {
  return medianCpu(async () =>
    write(await fetch(new Request(`http://localhost${PATH}`, { headers }))),
  );
}

/**
 * Median CPU microseconds per request the front door takes to answer (Node's own parsing
 * and writing aside: the request and response are stand-ins that read what they are given).
 */
async function doorCost(door: FrontDoor, headers: Record<string, string> = {}): Promise<number> {
  const incoming = {
    method: 'GET',
    url: PATH,
    headers,
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage;
  let written = 0;
  const outgoing = {
    writeHead(_status: number, fields: string[]) {
      for (let i = 0; i < fields.length; i += 2) written += fields[i]?.length ?? 0;
    },
    end(body?: Uint8Array) {
      written += body?.byteLength ?? 0;
    },
  } as unknown as ServerResponse;
  // As the server calls it: a promise is awaited only when the front door returns one.
  const one = () => {
    const answered = door(incoming, outgoing);
    if (answered === true) return;
    if (answered === false) throw new Error('the front door did not answer');
    return answered.then((done) => {
      if (!done) throw new Error('the front door did not answer');
    });
  };
  const median = await medianCpu(one);
  if (written === 0) throw new Error('nothing written');
  return median;
}

const SMALL = { service: 'API', version: '1.0.0' };
function alone(...middleware: MiddlewareHandler<ApiEnv>[]): Fetch {
  const app = new Hono<ApiEnv>();
  app.use('*', ...middleware);
  app.get('*', (c: Context) => c.json(SMALL));
  return app.fetch;
}

const db = await createDb({ pgliteDir: 'memory' });
await seedScenario(db);
const key = await createKey(db, 'mesure', 100_000_000);
const logger = pino({ level: 'info' }, logDestination({ dest: '/dev/null' }));
const deps = { db, logger, anonymousPerMinute: 100_000_000, usageFlushIntervalMs: 0 };
const s = createServices(deps);
const guards = [
  identifyConsumer(s.state, s.keys, s),
  countUsage(s.usage),
  verifyKey(s.state, s.keys, s.rateLimitStore),
  rateLimit(s.rateLimitStore),
];
const base = await cost(alone());
const rows: [string, number][] = [
  ['request id + log line', await cost(alone(requestContext(logger)))],
  ['security headers', await cost(alone(secureHeaders()))],
  ['CORS', await cost(alone(CORS))],
  ['caller, usage count, rate limit (key)', await cost(alone(...guards), { 'x-api-key': key })],
  ['caller, usage count, rate limit (anonymous)', await cost(alone(...guards))],
];
console.log(`Per-request CPU, µs (median of ${ROUNDS} × ${PER_ROUND} requests in process)`);
console.log(`  bare Hono JSON handler: ${base.toFixed(1)}`);
for (const [label, us] of rows) console.log(`  + ${label.padEnd(44)} ${(us - base).toFixed(1)}`);
const app = createApp(deps);
await app.ready();
const miss = createApp({ ...deps, cacheLimits: { maxEntries: 0, maxBytes: 0, maxEntryBytes: 0 } });
await miss.ready();
console.log(
  `  whole app, cached figure, with a key:         ${(await cost(app.fetch, { 'x-api-key': key })).toFixed(1)}`,
);
console.log(
  `  whole app, cached figure, anonymous:          ${(await cost(app.fetch)).toFixed(1)}`,
);
console.log(
  `  whole app, figure computed (cache off):       ${(await cost(miss.fetch)).toFixed(1)}`,
);
console.log(
  `  front door, cached figure, with a key:        ${(await doorCost(app.frontDoor, { 'x-api-key': key })).toFixed(1)}`,
);
console.log(
  `  front door, cached figure, anonymous:         ${(await doorCost(app.frontDoor)).toFixed(1)}`,
);
await app.close();
await miss.close();
await db.close();
