// `pnpm bench:load`: the hardening issue's load test. It imports the official files of
// ../shared/data (the demo dataset when they are absent, or with LOAD_DATA=demo) into a
// scratch database of its own (PGlite in a temporary folder; a new database next to
// DATABASE_URL's when it is set), starts the real server in a child process with a high
// anonymous rate limit, asks every GET of the mix once (warm-up), then sends it, over
// LOAD_CONNECTIONS keep-alive connections (100) for LOAD_SECONDS (60), a mix of 80% single
// lookups, 15% lists and CSV exports and 5% coverage checks of 1,000-row catalogues, drawn
// over real codes, UAIs and regions of the data.
// It prints requests per route and class, throughput, errors, latency percentiles, and the
// server's resident memory and heap every few seconds, then whether memory held steady
// (last third against middle third). It exits with 1 on any error or when memory grew.
import { closeSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '@inserjeunes/tooling/seeded-random';
import { benchVar } from './env.js';
import { ApiServer } from './harness/api-server.js';
import { scratchBenchDatabase } from './harness/bench-database.js';
import { coverageRoutes } from './load/coverage-routes.js';
import { readDataSample } from './load/data-sample.js';
import { listRoutes } from './load/list-routes.js';
import { chooseDataset, importDataset } from './load/load-dataset.js';
import { lookupRoutes } from './load/lookup-routes.js';
import { memoryVerdict, sampleMemory } from './load/memory-samples.js';
import {
  printErrors,
  printMemory,
  printRoutes,
  printSample,
  printSampleHeader,
  printServerTimes,
} from './load/print-load-report.js';
import { type LoadRoute, requestDrawer } from './load/request-mix.js';
import { RouteStats } from './load/route-stats.js';
import { runLoad } from './load/run-load.js';
import { summarizeServerLog } from './load/server-log.js';
import { warmUp } from './load/warm-up.js';

function positiveInteger(name: string, fallback: number): number {
  const raw = benchVar(name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a positive integer, not « ${raw} »`);
    process.exit(2);
  }
  return value;
}

const DURATION_S = positiveInteger('LOAD_SECONDS', 60);
const CONNECTIONS = positiveInteger('LOAD_CONNECTIONS', 100);
const SAMPLE_EVERY_S = Math.max(1, Math.round(DURATION_S / 30));

function describeMix(routes: readonly LoadRoute[]): void {
  console.log('\nMix (share of requests: distinct requests drawn from the data)');
  for (const route of routes) {
    console.log(
      `  ${route.name.padEnd(42)} ${(route.weight * 100).toFixed(1).padStart(5)}%: ${route.requests.length}`,
    );
  }
}

async function main(): Promise<number> {
  const dataset = chooseDataset();
  const database = await scratchBenchDatabase('ij_bench_load');
  const logDir = mkdtempSync(join(tmpdir(), 'ij-bench-load-log-'));
  let keepLog = false;
  try {
    console.log(`Load benchmark on ${database.label}`);
    importDataset(dataset, database);
    const db = await database.open();
    const data = await readDataSample(db);
    const [rows] = await db.query<{ n: number }>('select count(*)::int as n from indicateur');
    await db.close();
    console.log(`  ${rows?.n ?? 0} indicator rows`);

    const random = seededRandom(2024);
    const routes = [
      ...lookupRoutes(data, random),
      ...listRoutes(data, random),
      ...coverageRoutes(data, random),
    ];
    describeMix(routes);

    const logPath = join(logDir, 'server.log');
    const log = openSync(logPath, 'w');
    // Anonymous clients, as partner pages are, with a limit the load cannot reach.
    const server = await ApiServer.start(
      { ...database.env, RATE_LIMIT_ANONYME: '1000000000', LOG_LEVEL: 'info', TRUST_PROXY: '1' },
      { log, reportHeap: true },
    );
    closeSync(log);
    const stats = new RouteStats();
    let warmUpFailures = 0;
    let loadLogFrom = 0;
    let result: Awaited<ReturnType<typeof runLoad>>;
    let samples: ReturnType<typeof sampleMemory>['samples'];
    try {
      const warm = await warmUp(server.origin, routes);
      console.log(
        `\nWarm-up: every GET of the mix once (${warm.requests}), 10 at a time: ${warm.seconds.toFixed(1)} s, ${warm.failures.length} failed`,
      );
      for (const { path, status } of warm.failures.slice(0, 5)) console.log(`  ${status} ${path}`);
      warmUpFailures = warm.failures.length;
      loadLogFrom = statSync(logPath).size;
      console.log(
        `\nLoad: ${CONNECTIONS} keep-alive connections × ${DURATION_S} s on ${server.origin} (memory every ${SAMPLE_EVERY_S} s)`,
      );
      printSampleHeader();
      const sampler = sampleMemory(
        server,
        SAMPLE_EVERY_S,
        () => stats.overall.requests,
        printSample,
      );
      samples = sampler.samples;
      result = await runLoad({
        origin: server.origin,
        connections: CONNECTIONS,
        durationS: DURATION_S,
        draw: requestDrawer(routes, random),
        stats,
      });
      sampler.stop();
    } finally {
      await server.stop();
    }
    printRoutes(routes, stats);
    const errors = printErrors(stats, result);
    const verdict = memoryVerdict(samples, DURATION_S);
    printMemory(verdict, samples);
    const logged = summarizeServerLog(logPath, loadLogFrom);
    console.log(
      `Server log: ${logged.lines} lines, ${logged.warnings} warnings, ${logged.errors} errors`,
    );
    // Apart from its start-up line, what the server printed outside its JSON log.
    const printed = logged.other.filter((line) => !line.startsWith('InserJeunes indicateurs :'));
    for (const line of [...logged.firstErrors, ...printed.slice(0, 5)]) console.log(`  ${line}`);
    printServerTimes(routes, logged.requests);
    const crashed = server.exitCode !== null && server.exitCode !== 0;
    if (crashed) console.log(`The server exited with code ${server.exitCode} during the load.`);
    const allErrors = errors + warmUpFailures;
    console.log(
      `\nTargets: zero errors: ${allErrors} ${allErrors === 0 ? 'met' : 'MISSED'}; memory steady: ${verdict.steady ? 'met' : 'MISSED'}`,
    );
    const passed = allErrors === 0 && verdict.steady && !crashed;
    // A failed run keeps the server's log for inspection.
    keepLog = !passed;
    if (keepLog) console.log(`The server's log is kept in ${logPath}`);
    return passed ? 0 : 1;
  } finally {
    if (!keepLog) rmSync(logDir, { recursive: true, force: true });
    await database.drop();
  }
}

process.exitCode = await main();
