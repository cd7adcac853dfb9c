import type autocannon from 'autocannon';
import { type MemorySample, type MemoryVerdict, STEADY_GROWTH } from './memory-samples.js';
import { CLASS_LABELS, type LoadRoute, type RouteClass } from './request-mix.js';
import { percentile, type RouteStats, type Tally } from './route-stats.js';
import { TIMEOUT_S } from './run-load.js';
import type { LoggedRequest } from './server-log.js';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const mb = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(0);

export function printSampleHeader(): void {
  console.log('\n   t (s)   requests   RSS MB   heap used MB   heap total MB');
}

export function printSample(sample: MemorySample): void {
  console.log(
    `  ${sample.atS.toFixed(0).padStart(6)} ${String(sample.requests).padStart(10)} ${mb(sample.rssMb).padStart(8)} ${mb(sample.heapUsedMb).padStart(14)} ${mb(sample.heapTotalMb).padStart(15)}`,
  );
}

function tallyLine(label: string, tally: Tally, total: number): string {
  const sorted = Float64Array.from(tally.latenciesMs).sort();
  const latencies = [0.5, 0.95, 0.99].map((f) => ms(percentile(sorted, f)).padStart(8));
  const share = total === 0 ? 0 : (100 * tally.requests) / total;
  return `  ${label.padEnd(42)} ${share.toFixed(1).padStart(5)}% ${String(tally.requests).padStart(9)} ${String(tally.errors).padStart(7)} ${String(tally.timeouts).padStart(9)}${latencies.join('')} ${(tally.bytes / 1024 / 1024).toFixed(1).padStart(9)}`;
}

const HEADER = `  ${'route'.padEnd(42)}  share  requests  errors  timeouts  p50 ms  p95 ms  p99 ms  MB recv.`;

/** Requests, errors and latencies per route, per class and overall. */
export function printRoutes(routes: readonly LoadRoute[], stats: RouteStats): void {
  const total = stats.overall.requests;
  console.log(`\nPer route (latency: from sending the request to the end of the answer)`);
  console.log(HEADER);
  for (const route of routes) {
    const tally = stats.byRoute.get(route);
    if (tally !== undefined) console.log(tallyLine(route.name, tally, total));
  }
  console.log('\nPer class');
  console.log(HEADER.replace('route', 'class'));
  for (const kind of ['lookup', 'list', 'coverage'] as RouteClass[]) {
    const tally = stats.byClass.get(kind);
    if (tally !== undefined) console.log(tallyLine(CLASS_LABELS[kind], tally, total));
  }
  console.log(tallyLine('all', stats.overall, total));
}

/** Throughput, statuses and every error, with a few of the failed answers. */
export function printErrors(stats: RouteStats, result: autocannon.Result): number {
  const { overall } = stats;
  const statuses = [...overall.statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status} × ${n}`)
    .join(', ');
  // Timeouts are counted per route; other network errors (refused, reset) are not attributable.
  const network = result.errors - result.timeouts;
  console.log(
    `\nThroughput: ${(overall.requests / result.duration).toFixed(0)} requests/s over ${result.duration.toFixed(1)} s (${overall.requests} answers, ${(overall.bytes / 1024 / 1024 / result.duration).toFixed(1)} MB/s)`,
  );
  console.log(`Statuses: ${statuses || 'none'}`);
  console.log(
    `Errors: ${overall.errors + network} (answers other than 2xx/304: ${overall.errors - overall.timeouts}; unanswered within ${TIMEOUT_S} s: ${overall.timeouts}; other network errors: ${network})`,
  );
  for (const { status, route, path, body } of stats.failures) {
    console.log(
      status === 0 ? `  timeout ${route}: ${path}` : `  ${status} ${route}: ${path}\n    ${body}`,
    );
  }
  return overall.errors + network;
}

export function printMemory(verdict: MemoryVerdict, samples: readonly MemorySample[]): void {
  const peak = Math.max(...samples.map((s) => s.rssMb));
  console.log(
    `\nMemory (server process): RSS mean ${mb(verdict.middleRssMb)} MB over the middle third, ${mb(verdict.lastRssMb)} MB over the last third: ${(verdict.growth * 100).toFixed(1)}% (steady below ${STEADY_GROWTH * 100}%) → ${verdict.steady ? 'steady' : 'NOT STEADY'}; peak ${mb(peak)} MB`,
  );
  console.log(
    `  heap used: mean ${mb(verdict.middleHeapMb)} MB over the middle third, ${mb(verdict.lastHeapMb)} MB over the last third`,
  );
}

/**
 * The time the server itself spent per route, from its log (from the request's arrival in
 * the application to its answer), and the slowest requests: what waited in the queue and
 * what took long to compute tell apart.
 */
export function printServerTimes(routes: readonly LoadRoute[], logged: readonly LoggedRequest[]) {
  const names = new Map<string, Set<string>>();
  for (const route of routes) {
    for (const { method, path } of route.requests) {
      const key = `${method} ${path}`;
      names.set(key, (names.get(key) ?? new Set()).add(route.name));
    }
  }
  const labelOf = (request: LoggedRequest) => {
    const found = [...(names.get(`${request.method} ${request.url}`) ?? [])];
    if (found.length === 0) return 'other';
    return found.length === 1 ? (found[0] ?? 'other') : `${found[0]?.split(' (')[0]} (all)`;
  };
  const byLabel = new Map<string, number[]>();
  for (const request of logged) {
    const label = labelOf(request);
    const times = byLabel.get(label) ?? [];
    times.push(request.ms);
    byLabel.set(label, times);
  }
  console.log(
    '\nServer-side time during the run (from its log: from the request reaching the application to its answer)',
  );
  console.log(`  ${'route'.padEnd(42)}  requests  p50 ms  p99 ms  max ms`);
  for (const [label, times] of byLabel) {
    const sorted = Float64Array.from(times).sort();
    console.log(
      `  ${label.padEnd(42)} ${String(times.length).padStart(9)}${[0.5, 0.99].map((f) => ms(percentile(sorted, f)).padStart(8)).join('')}${ms(sorted.at(-1) ?? Number.NaN).padStart(8)}`,
    );
  }
  const slowest = [...logged].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log('  slowest:');
  for (const request of slowest) {
    console.log(
      `    ${ms(request.ms).padStart(8)} ms  ${request.status} ${request.method} ${request.url}`,
    );
  }
}
