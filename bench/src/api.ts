// `pnpm bench:api`: loads the official files of ../shared/data into a database (once; later
// runs reuse it), starts the API server on it, and loads it for 10 s with 50 connections on
// the national and regional figure routes spread over 1,000 real codes, then for 10 s on a
// constant JSON route (`GET /api`) through the same middleware. It prints requests per
// second, latency percentiles, non-2xx answers, the server's memory and the ratio of the two
// throughputs. PGlite by default; PostgreSQL when DATABASE_URL is set. Figures are printed;
// only broken behaviour (errors, non-2xx answers) fails the run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DbHandle } from '@inserjeunes/db';
import { seededRandom, shuffle } from '@inserjeunes/tooling/seeded-random';
import autocannon from 'autocannon';
import { ApiServer } from './harness/api-server.js';
import { keptBenchDatabase } from './harness/bench-database.js';
import { DATA, ROOT } from './harness/repo-paths.js';
import { runTsx } from './harness/run-tsx.js';

const FILES = ['referentiels', 'bcn', 'inserjeunes/regional'].map((path) => join(DATA, path));
const PGLITE_DIR = join(ROOT, '.data/bench-api-pglite');
const BENCH_DATABASE = 'ij_bench_api';
const CODES = 1000;
const CONNECTIONS = 50;
const DURATION_S = 10;
const TARGETS = { ratio: 0.6, p99Ms: 25, rssMb: 250 };

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

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

interface Load {
  label: string;
  result: autocannon.Result;
  hits: number;
  misses: number;
  statuses: Map<number, number>;
}

async function load(label: string, url: string, key: string, paths: () => string): Promise<Load> {
  let hits = 0;
  let misses = 0;
  const statuses = new Map<number, number>();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'x-api-key': key },
    requests: [{ setupRequest: (request) => ({ ...request, path: paths() }) }],
    setupClient: (client) => {
      // autocannon hands the parser's view: the status and a flat [name, value, …] list.
      client.on('headers', (response: unknown) => {
        const { statusCode, headers } = response as { statusCode: number; headers: string[] };
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
        for (let i = 0; i < headers.length; i += 2) {
          if (headers[i]?.toLowerCase() !== 'x-cache') continue;
          if (headers[i + 1] === 'hit') hits++;
          else misses++;
        }
      });
    },
  });
  return { label, result, hits, misses, statuses };
}

function print(loads: Load[], rss: number): void {
  console.log(
    '\n  route                          req/s    p50 ms   p99 ms   non-2xx  errors  cache hits / misses',
  );
  for (const { label, result, hits, misses, statuses } of loads) {
    const others = [...statuses].filter(([status]) => status >= 300);
    if (others.length > 0) {
      console.log(
        `  ${label}: answers other than 2xx by status: ${others.map(([s, n]) => `${s}×${n}`).join(', ')}`,
      );
    }
    console.log(
      `  ${label.padEnd(28)} ${result.requests.average.toFixed(0).padStart(7)} ${String(result.latency.p50).padStart(9)} ${String(result.latency.p99).padStart(8)} ${String(result.non2xx).padStart(9)} ${String(result.errors).padStart(7)}   ${hits} / ${misses}`,
    );
  }
  const [figures, constant] = loads;
  if (!figures || !constant) return;
  const ratio = figures.result.requests.average / constant.result.requests.average;
  const p99 = figures.result.latency.p99;
  const errors = loads.reduce((sum, { result }) => sum + result.errors + result.non2xx, 0);
  console.log(`\n  server memory after the runs: ${rss.toFixed(0)} MB resident`);
  console.log(`  ratio figures / constant: ${ratio.toFixed(2)}`);
  console.log('\nTargets (the machine may be shared: ratios are the stable figure):');
  console.log(`  ratio ≥ ${TARGETS.ratio}: ${ratio.toFixed(2)} ${verdict(ratio >= TARGETS.ratio)}`);
  console.log(
    `  p99 ≤ ${TARGETS.p99Ms} ms on the figures: ${p99} ms ${verdict(p99 <= TARGETS.p99Ms)}`,
  );
  console.log(`  zero errors and non-2xx: ${errors} ${verdict(errors === 0)}`);
  console.log(`  RSS ≤ ${TARGETS.rssMb} MB: ${rss.toFixed(0)} MB ${verdict(rss <= TARGETS.rssMb)}`);
}

async function main(): Promise<void> {
  const database = await keptBenchDatabase(BENCH_DATABASE, PGLITE_DIR);
  const { env } = database;
  console.log(`API benchmark on ${database.label}`);

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
      env,
    );
    db = await database.open();
  }
  const codes = await pickCodes(db);
  const [counts] = await db.query<{ n: number }>('select count(*)::int as n from indicateur');
  await db.close();
  console.log(`  ${counts?.n ?? 0} indicator rows; ${codes.length} codes picked`);

  const partner = `bench-api-${process.pid}`;
  const created = runTsx(
    'key for the load generator',
    ['apps/api/src/keys-cli.ts', 'create', partner, '--limite', '100000000'],
    env,
  );
  const key = /ij_[0-9a-f]{8}_[\w-]{43}/.exec(created)?.[0];
  if (!key) throw new Error('no key in the output of pnpm keys create');

  const server = await ApiServer.start(env);
  try {
    const url = server.origin;
    const paths = codes.flatMap(({ code, region }) => [
      `/api/inserjeunes/certifications/${code}`,
      `/api/inserjeunes/regionales/${region}/certifications/${code}`,
    ]);
    // The 2,000 URLs in a fixed shuffled order (the same on every run), cycled through.
    shuffle(paths, seededRandom(42));
    let next = 0;
    const nextPath = () => paths[next++ % paths.length] ?? '/api';
    console.log(`\nLoad: ${CONNECTIONS} connections × ${DURATION_S} s per route, on ${url}`);
    const figures = await load('national + regional figures', url, key, nextPath);
    const constant = await load('constant JSON (GET /api)', url, key, () => '/api');
    print([figures, constant], server.rssMb());
    const broken = [figures, constant].some(({ result }) => result.errors + result.non2xx > 0);
    process.exitCode = broken ? 1 : 0;
  } finally {
    await server.stop();
    runTsx('revoking the key', ['apps/api/src/keys-cli.ts', 'revoke', partner], env);
  }
}

await main();
