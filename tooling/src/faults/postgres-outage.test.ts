import { demoDataFiles } from '@inserjeunes/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiServer } from './api-server.js';
import { runImporter } from './importer-process.js';
import { PrivatePostgres, privatePostgresUnavailable } from './private-postgres.js';
import { RequestStream, type StreamOutcome, type StreamRequest } from './request-stream.js';

/** Figure routes of the demo dataset, computed once before the outage and kept in the server's cache. */
const CACHED_PATHS = [
  '/api/inserjeunes/certifications/01022105',
  '/api/inserjeunes/formations/0699902N-01022105',
  '/api/inserjeunes/affichage/01022105?uai=0699902N',
  '/api/inserjeunes/regionales/84/certifications/01022105',
];
const OUTAGE_MS = 3000;
const CLIENTS = 6;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL stopped (`pg_ctl stop -m fast`: sessions cut) and started again while six
 * clients keep calling the real server: answers already computed keep coming from its cache,
 * the others are 503 with `Retry-After` in the error shape of the contract, never a 500 nor
 * a cut connection, and the same process serves everything again once PostgreSQL is back.
 */
describe('PostgreSQL stopped and restarted under load', () => {
  let postgres: PrivatePostgres | undefined;
  let server: ApiServer | undefined;

  beforeAll(async () => {
    const missing = privatePostgresUnavailable();
    if (missing !== null) {
      throw new Error(
        `Cette vérification démarre un PostgreSQL 15 privé et ne peut pas tourner ici : ${missing} (apt-get install postgresql-15).`,
      );
    }
    postgres = await PrivatePostgres.create();
    await runImporter(demoDataFiles(), { DATABASE_URL: postgres.url });
    server = await ApiServer.start({
      DATABASE_URL: postgres.url,
      RATE_LIMIT_ANONYME: '1000000000',
    });
    if (server.exitCode !== null) throw new Error(`server exited:\n${server.output.join('\n')}`);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    postgres?.destroy();
  });

  it('serves cached answers, answers 503 with Retry-After for the rest, and recovers in the same process', async () => {
    const origin = (server as ApiServer).origin;
    const pg = postgres as PrivatePostgres;
    const pid = server?.pid;

    const etags = new Map<string, string>();
    for (const path of CACHED_PATHS) {
      const first = await fetch(`${origin}${path}`);
      await first.arrayBuffer();
      expect(first.status, path).toBe(200);
      const again = await fetch(`${origin}${path}`);
      await again.arrayBuffer();
      expect(again.headers.get('X-Cache'), path).toBe('hit');
      etags.set(path, again.headers.get('ETag') ?? '');
    }

    // Answers the cache never holds: health, statistics, and list pages each asked once.
    const uncached = (index: number): string => {
      if (index % 3 === 0) return '/api/readyz';
      if (index % 3 === 1) return '/api/inserjeunes/stats';
      return `/api/inserjeunes/formations?page=${Math.floor(index / 500) + 1}&items_par_page=${(index % 500) + 1}`;
    };
    const next = (index: number): StreamRequest => {
      const path = CACHED_PATHS[index % CACHED_PATHS.length] ?? '';
      switch (index % 4) {
        case 0:
          return { kind: 'cached', path };
        case 1:
          return { kind: 'revalidated', path, headers: { 'If-None-Match': etags.get(path) ?? '' } };
        default:
          return { kind: 'uncached', path: uncached(index) };
      }
    };
    const stream = new RequestStream(origin, next, {
      clients: CLIENTS,
      pauseMs: 10,
      maxRequests: 50_000,
      maxDurationMs: 90_000,
      timeoutMs: 15_000,
    });

    stream.start();
    await sleep(1500);
    const stopBegan = performance.now();
    await pg.stop();
    const stopEnded = performance.now();
    await sleep(OUTAGE_MS);
    const restartBegan = performance.now();
    await pg.start();
    const restartEnded = performance.now();

    // Recovered once each uncached route has answered 200 to a request sent after the restart.
    const routeOf = (outcome: StreamOutcome) => outcome.request.path.replace(/\?.*/, '');
    const uncachedRoutes = new Set([0, 1, 2].map((i) => uncached(i).replace(/\?.*/, '')));
    let recoveredAt: number | undefined;
    while (recoveredAt === undefined && performance.now() - restartEnded < 30_000) {
      const back = stream.outcomes.filter(
        (o) => o.request.kind === 'uncached' && o.started >= restartEnded && o.status === 200,
      );
      if (new Set(back.map(routeOf)).size === uncachedRoutes.size) {
        recoveredAt = Math.max(
          ...[...uncachedRoutes].map((route) =>
            Math.min(...back.filter((o) => routeOf(o) === route).map((o) => o.ended)),
          ),
        );
      } else {
        await sleep(50);
      }
    }
    await sleep(1500);
    await stream.stop();

    const all = stream.outcomes;
    const before = all.filter((o) => o.ended < stopBegan);
    const outage = all.filter((o) => o.started > stopEnded && o.ended < restartBegan);
    const after = all.filter((o) => recoveredAt !== undefined && o.started > recoveredAt);
    const firstBack = all
      .filter((o) => o.request.kind === 'uncached' && o.started >= restartEnded && o.status === 200)
      .reduce((min, o) => Math.min(min, o.ended), Number.POSITIVE_INFINITY);

    const tally = (outcomes: StreamOutcome[], kind: StreamRequest['kind']) => {
      const counts = new Map<string, number>();
      for (const o of outcomes.filter((x) => x.request.kind === kind)) {
        counts.set(String(o.status), (counts.get(String(o.status)) ?? 0) + 1);
      }
      return [...counts].map(([status, n]) => `${status}: ${n}`).join(', ') || 'none';
    };
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const broken = all.filter((o) => typeof o.status !== 'number' || o.status >= 500);
    const unexpected = broken.filter((o) => o.status !== 503);
    console.log(
      [
        `PostgreSQL outage under load (${CLIENTS} clients, ${all.length} requests, server pid ${pid}):`,
        `  before (${before.length}): cached ${tally(before, 'cached')}; revalidated ${tally(before, 'revalidated')}; uncached ${tally(before, 'uncached')}`,
        `  PostgreSQL stopped in ${seconds(stopEnded - stopBegan)}, down ${seconds(restartBegan - stopEnded)}, started again in ${seconds(restartEnded - restartBegan)}`,
        `  outage (${outage.length}): cached ${tally(outage, 'cached')}; revalidated ${tally(outage, 'revalidated')}; uncached ${tally(outage, 'uncached')}`,
        `  recovery: first 200 ${seconds(firstBack - restartEnded)} after PostgreSQL was back, every route ${recoveredAt === undefined ? 'never' : seconds(recoveredAt - restartEnded)}`,
        `  after (${after.length}): cached ${tally(after, 'cached')}; revalidated ${tally(after, 'revalidated')}; uncached ${tally(after, 'uncached')}`,
        `  whole run: ${all.filter((o) => o.status === 503).length} × 503, ${unexpected.length} other 5xx or failed connections; server still pid ${server?.pid}, exit code ${server?.exitCode}`,
      ].join('\n'),
    );

    expect(
      unexpected.map(
        (o) => `${o.request.path} → ${o.status} ${o.failure ?? JSON.stringify(o.errorBody)}`,
      ),
    ).toEqual([]);
    for (const o of all.filter((x) => x.status === 503)) {
      expect(Number(o.retryAfter), o.request.path).toBeGreaterThan(0);
      expect(o.errorBody).toEqual({
        error: { code: 'base_indisponible', message: expect.stringMatching(/base de données/) },
      });
    }
    const count = (outcomes: StreamOutcome[], kind: StreamRequest['kind']) =>
      outcomes.filter((o) => o.request.kind === kind).length;
    const statuses = (outcomes: StreamOutcome[], kind: StreamRequest['kind']) => [
      ...new Set(outcomes.filter((o) => o.request.kind === kind).map((o) => o.status)),
    ];
    expect(statuses(before, 'cached')).toEqual([200]);
    expect(statuses(before, 'revalidated')).toEqual([304]);
    expect(statuses(before, 'uncached')).toEqual([200]);
    for (const kind of ['cached', 'revalidated', 'uncached'] as const) {
      expect(count(outage, kind), `${kind} requests during the outage`).toBeGreaterThanOrEqual(3);
      expect(count(after, kind), `${kind} requests after recovery`).toBeGreaterThanOrEqual(3);
    }
    expect(statuses(outage, 'cached')).toEqual([200]);
    expect(statuses(outage, 'revalidated')).toEqual([304]);
    expect(statuses(outage, 'uncached')).toEqual([503]);
    expect(recoveredAt, 'every route answers 200 again after the restart').toBeDefined();
    expect(statuses(after, 'cached')).toEqual([200]);
    expect(statuses(after, 'revalidated')).toEqual([304]);
    expect(statuses(after, 'uncached')).toEqual([200]);
    expect(server?.exitCode).toBeNull();
    expect(server?.pid).toBe(pid);
  }, 120_000);
});
