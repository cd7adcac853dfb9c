// `pnpm bench:api`: loads the official files of ../shared/data into a database (once; later
// runs reuse it), starts the API server on it, and loads it for 10 s with 50 connections on
// the national and regional figure routes spread over 1,000 real codes, then for 10 s on a
// constant JSON route (`GET /api`) through the same middleware. It prints requests per
// second, latency percentiles, non-2xx answers, the server's memory and the ratio of the two
// throughputs. PGlite by default; PostgreSQL when DATABASE_URL is set. Figures are printed;
// only broken behaviour (errors, non-2xx answers) fails the run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type DbHandle } from '@inserjeunes/db';
import autocannon from 'autocannon';
import postgres from 'postgres';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '../shared/data');
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

/** The database the bench uses: a PGlite folder of its own, or a database next to DATABASE_URL's. */
async function benchDatabaseUrl(): Promise<string | undefined> {
  const base = process.env.DATABASE_URL;
  if (!base) return undefined;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${BENCH_DATABASE}`;
    if (!found) await admin.unsafe(`create database ${BENCH_DATABASE}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(base);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv): string {
  const started = performance.now();
  const result = spawnSync('pnpm', ['exec', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed:\n${result.stdout.slice(-4000)}${result.stderr.slice(-4000)}`);
    process.exit(1);
  }
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result.stdout;
}

async function open(env: NodeJS.ProcessEnv): Promise<DbHandle> {
  return createDb({ databaseUrl: env.DATABASE_URL || undefined, pgliteDir: PGLITE_DIR });
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/healthz`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not answer within 60 s');
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
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
  const databaseUrl = await benchDatabaseUrl();
  const env: NodeJS.ProcessEnv = databaseUrl
    ? { DATABASE_URL: databaseUrl }
    : { DATABASE_URL: '', PGLITE_DIR: PGLITE_DIR };
  console.log(
    `API benchmark on ${databaseUrl ? `PostgreSQL (${BENCH_DATABASE})` : `PGlite (${PGLITE_DIR})`}`,
  );

  let db = await open(env);
  const [loaded] = await db.query<{ n: number }>(
    "select count(*)::int as n from import where dataset = 'inserjeunes-regional'",
  );
  if ((loaded?.n ?? 0) === 0) {
    await db.close();
    console.log('Loading the official files (once; later runs reuse the database)…');
    run(
      'import of referentials, BCN and the regional file',
      ['apps/importer/src/cli.ts', ...FILES],
      env,
    );
    db = await open(env);
  }
  const codes = await pickCodes(db);
  const [counts] = await db.query<{ n: number }>('select count(*)::int as n from indicateur');
  await db.close();
  console.log(`  ${counts?.n ?? 0} indicator rows; ${codes.length} codes picked`);

  const partner = `bench-api-${process.pid}`;
  const created = run(
    'key for the load generator',
    ['apps/api/src/keys-cli.ts', 'create', partner, '--limite', '100000000'],
    env,
  );
  const key = /ij_[0-9a-f]{8}_[\w-]{43}/.exec(created)?.[0];
  if (!key) throw new Error('no key in the output of pnpm keys create');

  const port = await freePort();
  const server = await startServer(env, port);
  try {
    const url = `http://127.0.0.1:${port}`;
    const paths = codes.flatMap(({ code, region }) => [
      `/api/inserjeunes/certifications/${code}`,
      `/api/inserjeunes/regionales/${region}/certifications/${code}`,
    ]);
    // The 2,000 URLs in a fixed shuffled order (the same on every run), cycled through.
    let seed = 42;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let i = paths.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [paths[i], paths[j]] = [paths[j] ?? '', paths[i] ?? ''];
    }
    let next = 0;
    const nextPath = () => paths[next++ % paths.length] ?? '/api';
    console.log(`\nLoad: ${CONNECTIONS} connections × ${DURATION_S} s per route, on ${url}`);
    const figures = await load('national + regional figures', url, key, nextPath);
    const constant = await load('constant JSON (GET /api)', url, key, () => '/api');
    print([figures, constant], rssMb(server.pid));
    const broken = [figures, constant].some(({ result }) => result.errors + result.non2xx > 0);
    process.exitCode = broken ? 1 : 0;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    run('revoking the key', ['apps/api/src/keys-cli.ts', 'revoke', partner], env);
  }
}

await main();
