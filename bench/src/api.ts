// `pnpm bench:api`: in one run and with one load generator (autocannon, 50 connections,
// API_SECONDS per route, 10 by default), a bare Hono + @hono/node-server JSON route (the
// framework's limit), then, on PGlite and on PostgreSQL when DATABASE_URL is set, our constant
// route (`GET /api`) and the national and regional figure routes over 1,000 real codes, through
// the whole middleware, once every URL has been asked once (warm-up: the loads measure cached
// answers; the warm-up's own rate is printed). The official files of ../shared/data are loaded into a database of the
// benchmark's own (once; later runs reuse it). It prints requests per second, p50/p99, the
// ratio of each route to the bare one (the bare route loaded again just before each of ours, the
// machine may be shared), non-2xx answers and the server's resident memory after the run, then
// the targets. API_PROFILE=<folder> writes the API server's CPU profiles there (`--cpu-prof`).
// Figures are printed; only broken behaviour (errors, non-2xx answers) fails the run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DbHandle } from '@inserjeunes/db';
import { seededRandom, shuffle } from '@inserjeunes/tooling/seeded-random';
import { BareServer } from './api/bare-server.js';
import { loadRoute, type PairedLoad, printLoads, verdict } from './api/load-route.js';
import { benchVar } from './env.js';
import { ApiServer } from './harness/api-server.js';
import { type BenchDatabase, keptBenchDatabase } from './harness/bench-database.js';
import { DATA, ROOT } from './harness/repo-paths.js';
import { runTsx } from './harness/run-tsx.js';

const FILES = ['referentiels', 'bcn', 'inserjeunes/regional'].map((path) => join(DATA, path));
const PGLITE_DIR = join(ROOT, '.data/bench-api-pglite');
const BENCH_DATABASE = 'ij_bench_api';
const CODES = 1000;
const CONNECTIONS = 50;
const DURATION_S = Math.max(1, Number(benchVar('API_SECONDS')) || 10);
const PROFILE_DIR = benchVar('API_PROFILE');
const TARGETS = { ratio: 0.5, p99Ms: 25, rssMb: { PGlite: 300, PostgreSQL: 200 } };

if (!existsSync(join(DATA, 'inserjeunes/regional/ij_region_data.csv'))) {
  console.warn(`skipped: the API benchmark needs the official files, ${DATA} is absent`);
  process.exit(0);
}

/** 1,000 codes with national figures, each with one region where it has regional figures. */
async function pickCodes(db: DbHandle): Promise<{ code: string; region: string }[]> {
  const rows = await db.query<{ code: string; region: string }>(
    `select r.code, min(r.region_code) as region
       from indicateur r
      where r.scope = 'regional' and r.code is not null
        and exists (select 1 from indicateur n where n.scope = 'national' and n.code = r.code)
      group by r.code order by r.code`,
  );
  const step = Math.max(1, rows.length / CODES);
  const picked = [];
  for (let i = 0; picked.length < CODES && Math.floor(i) < rows.length; i += step) {
    const row = rows[Math.floor(i)];
    if (row) picked.push(row);
  }
  return picked;
}

/**
 * Asks every URL once, 10 at a time, so that the loads measure cached answers (the steady
 * state), and prints what the first computation of each cost.
 */
async function warmUp(origin: string, paths: readonly string[], key: string): Promise<void> {
  const started = performance.now();
  let next = 0;
  let failed = 0;
  const worker = async () => {
    for (let path = paths[next++]; path !== undefined; path = paths[next++]) {
      const response = await fetch(`${origin}${path}`, { headers: { 'x-api-key': key } });
      await response.arrayBuffer();
      if (!response.ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  warm-up: every URL once (${paths.length}, computed and cached), ${seconds.toFixed(1)} s, ${(paths.length / seconds).toFixed(0)}/s, ${failed} failed`,
  );
}

/** The server's V8 heap and external memory, as its metrics say, in MB. */
async function heapOf(origin: string): Promise<string> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const mb = (name: string) => {
    const value = Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1]);
    return Number.isFinite(value) ? `${(value / 1024 / 1024).toFixed(0)}` : '?';
  };
  return `V8 heap ${mb('nodejs_heap_size_used_bytes')} MB used of ${mb('nodejs_heap_size_total_bytes')}, external ${mb('nodejs_external_memory_bytes')} MB`;
}

/** The URLs in a fixed shuffled order (the same on every run), cycled through. */
function cycle(paths: string[]): () => string {
  shuffle(paths, seededRandom(42));
  let next = 0;
  return () => paths[next++ % paths.length] ?? '/api';
}

async function prepare(database: BenchDatabase) {
  let db = await database.open();
  const [loaded] = await db.query<{ n: number }>(
    "select count(*)::int as n from import where dataset = 'inserjeunes-regional'",
  );
  if ((loaded?.n ?? 0) === 0) {
    await db.close();
    console.log('Loading the official files (once; later runs reuse the database)…');
    runTsx(
      'import of referentials, BCN and the regional file',
      ['apps/importer/src/cli.ts', ...FILES],
      database.env,
    );
    db = await database.open();
  }
  const codes = await pickCodes(db);
  const [counts] = await db.query<{ n: number }>('select count(*)::int as n from indicateur');
  await db.close();
  console.log(`  ${counts?.n ?? 0} indicator rows; ${codes.length} codes picked`);
  return codes;
}

/** Loads one database's server; true when every answer was a 2xx. */
async function benchDatabase(database: BenchDatabase, kind: 'PGlite' | 'PostgreSQL') {
  console.log(`\n== ${database.label}`);
  const codes = await prepare(database);
  const partner = `bench-api-${process.pid}`;
  const created = runTsx(
    'key for the load generator',
    ['apps/api/src/keys-cli.ts', 'create', partner, '--limite', '100000000'],
    database.env,
  );
  const key = /ij_[0-9a-f]{8}_[\w-]{43}/.exec(created)?.[0];
  if (!key) throw new Error('no key in the output of pnpm keys create');
  const options = { connections: CONNECTIONS, durationS: DURATION_S };
  const bare = await BareServer.start();
  const nodeFlags = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const server = await ApiServer.start(database.env, { nodeFlags });
  try {
    const keyed = {
      ...options,
      serverCpu: () => server.cpuSeconds(),
      headers: { 'x-api-key': key },
    };
    const limit = { ...options, serverCpu: () => bare.cpuSeconds() };
    const nationalPaths = codes.map(({ code }) => `/api/inserjeunes/certifications/${code}`);
    const regionalPaths = codes.map(
      ({ code, region }) => `/api/inserjeunes/regionales/${region}/certifications/${code}`,
    );
    await warmUp(server.origin, ['/api', ...nationalPaths, ...regionalPaths], key);
    const national = cycle(nationalPaths);
    const regional = cycle(regionalPaths);
    const routes: [string, () => string][] = [
      ['constant JSON (GET /api)', () => '/api'],
      ['national figures', national],
      ['regional figures', regional],
    ];
    const pairs: PairedLoad[] = [];
    for (const [label, paths] of routes) {
      pairs.push({
        bare: await loadRoute('bare Hono JSON', bare.origin, () => '/', limit),
        ours: await loadRoute(label, server.origin, paths, keyed),
      });
    }
    const rss = server.rssMb();
    const heap = await heapOf(server.origin);
    printLoads(pairs);
    console.log(`\n  server memory after the runs: ${rss.toFixed(0)} MB resident (${heap})`);
    console.log('  Targets (the machine may be shared: ratios to the bare route are what matter):');
    for (const { bare: limit, ours } of pairs.slice(1)) {
      const { label, result } = ours;
      const ratio = result.requests.average / limit.result.requests.average;
      const p99 = result.latency.p99;
      console.log(
        `    ${label}: ≥ ${TARGETS.ratio} × bare: ${ratio.toFixed(2)} ${verdict(ratio >= TARGETS.ratio)}; p99 ≤ ${TARGETS.p99Ms} ms: ${p99} ms ${verdict(p99 <= TARGETS.p99Ms)}`,
      );
    }
    const rssTarget = TARGETS.rssMb[kind];
    console.log(`    RSS ≤ ${rssTarget} MB: ${rss.toFixed(0)} MB ${verdict(rss <= rssTarget)}`);
    const broken = pairs.reduce(
      (sum, { ours: { result } }) => sum + result.errors + result.non2xx,
      0,
    );
    console.log(`    zero errors and non-2xx: ${broken} ${verdict(broken === 0)}`);
    return broken === 0;
  } finally {
    await server.stop();
    await bare.stop();
    runTsx('revoking the key', ['apps/api/src/keys-cli.ts', 'revoke', partner], database.env);
  }
}

console.log(`API benchmark: ${CONNECTIONS} connections × ${DURATION_S} s per route`);
let ok = await benchDatabase(await keptBenchDatabase(BENCH_DATABASE, PGLITE_DIR, null), 'PGlite');
const postgresUrl = benchVar('DATABASE_URL');
if (postgresUrl) {
  const postgres = await keptBenchDatabase(BENCH_DATABASE, PGLITE_DIR, postgresUrl);
  ok = (await benchDatabase(postgres, 'PostgreSQL')) && ok;
} else {
  console.log('\nPostgreSQL: skipped (set DATABASE_URL to measure it too)');
}
process.exitCode = ok ? 0 : 1;
