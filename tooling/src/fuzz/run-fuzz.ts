import type { Server } from 'node:http';
import { type App, createKey, type HttpLimits, revokeKey, startHttpServer } from '@inserjeunes/api';
import type { DbHandle } from '@inserjeunes/db';
import { SeededRandom } from '../seeded-random.js';
import { type DrawContext, describeRequest, drawRequest } from './draw-request.js';
import { ExclusiveGate } from './exclusive-gate.js';
import { fuzzTargets } from './fuzz-targets.js';
import type { KnownValues } from './fuzz-values.js';
import { type ClassFigures, formatClassFigures, HostileMeter, ORDINARY } from './hostile-meter.js';
import type { Fault } from './judge-response.js';
import { type Judged, sendAndJudge } from './send-fuzz-request.js';
import { builtState, type ServedBuilds } from './served-builds.js';

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Send only the request of this index (a replay). */
  only?: number | undefined;
  /** The coverage route's byte limit, as the app was built with. */
  maxBodyBytes: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** An answer slower than this counts as a server error (a hostile input must not hang it). */
  timeoutMs?: number;
  /** The builds the app was given: whether they exist decides what their routes may answer. */
  builds: ServedBuilds;
  /**
   * The limits of the real HTTP server the raw and slow clients reach: small by default, so
   * that a slow client is cut off within a second.
   */
  httpLimits?: HttpLimits;
}

/** Timeouts short enough that the slow clients of a run cost seconds, not minutes. */
const FUZZ_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 400,
  requestTimeoutMs: 1_500,
  keepAliveTimeoutMs: 1_000,
  maxConnections: 256,
};

export interface FuzzFinding {
  index: number;
  request: string;
  fault: Fault;
}

export interface FuzzMemory {
  heapMb: number;
  rssMb: number;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  byStatus: Map<number, number>;
  /** Routes (templates) hit, and how many answered 2xx. */
  byTarget: Map<string, { sent: number; ok: number }>;
  serverErrors: FuzzFinding[];
  bad4xx: FuzzFinding[];
  leaks: FuzzFinding[];
  memoryBefore: FuzzMemory;
  memoryAfter: FuzzMemory;
  slowestMs: number;
  slowest: string;
  /** Per hostile class (and the ordinary draws): count, statuses, peak memory, event-loop delay. */
  byClass: Map<string, ClassFigures>;
}

/** Values the database holds: codes with figures, establishments, regions, millésimes. */
export async function knownValues(db: DbHandle): Promise<KnownValues> {
  const column = async (sql: string) =>
    (await db.query<{ v: string }>(sql)).map((row) => row.v).filter((v) => typeof v === 'string');
  return {
    formations: await db.query<{ uai: string; code: string }>(
      "select distinct uai, code from indicateur where scope = 'formation' and uai is not null and code is not null order by 1, 2 limit 60",
    ),
    codes: await column(
      'select distinct code as v from indicateur where code is not null order by 1 limit 60',
    ),
    // Establishments with figures of their own first: the route per establishment answers them.
    uais: await column(
      "select e.uai as v from etablissement e order by exists (select 1 from indicateur i where i.uai = e.uai and i.scope = 'etablissement') desc, 1 limit 30",
    ),
    regions: await column('select code as v from region order by 1'),
    millesimes: await column('select distinct millesime as v from indicateur order by 1'),
  };
}

function memory(): FuzzMemory {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { heapMb: usage.heapUsed / 1024 / 1024, rssMb: usage.rss / 1024 / 1024 };
}

/** The app behind the real HTTP server, on a free port, for the requests sent over a socket. */
function listen(app: App, limits: HttpLimits): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = startHttpServer({
      fetch: app.fetch,
      port: 0,
      limits,
      onListening: (port) => resolve({ server, port }),
    });
  });
}

/**
 * Sends `count` random and hostile requests (or only the `only`-th) to the app, drawn from
 * `seed`, over every documented route and the widget's and gallery's, and judges each answer.
 * Most go in process; raw bytes and slow clients go over a socket to the real HTTP server.
 * Ordinary requests run `concurrency` at a time, a hostile one alone, so that the memory and
 * event-loop delay reported for its class are its own.
 */
export async function runFuzz(app: App, db: DbHandle, options: FuzzOptions): Promise<FuzzReport> {
  const document: unknown = await (await app.request('/api/openapi.json')).json();
  const partner = `fuzz-${options.seed}-${process.pid}`;
  const ctx: DrawContext = {
    targets: fuzzTargets(document),
    known: await knownValues(db),
    apiKey: await createKey(db, partner, 1_000_000_000),
    maxBodyBytes: options.maxBodyBytes,
  };
  const judge = builtState(options.builds);
  const report: FuzzReport = {
    seed: options.seed,
    requests: 0,
    byStatus: new Map(),
    byTarget: new Map(),
    serverErrors: [],
    bad4xx: [],
    leaks: [],
    memoryBefore: memory(),
    memoryAfter: { heapMb: 0, rssMb: 0 },
    slowestMs: 0,
    slowest: '',
    byClass: new Map(),
  };
  const indexes =
    options.only === undefined
      ? Array.from({ length: options.count }, (_, i) => i)
      : [options.only];
  const timeoutMs = options.timeoutMs ?? 15_000;
  const limits = options.httpLimits ?? FUZZ_HTTP_LIMITS;
  const { server, port } = await listen(app, limits);
  const sending = {
    timeoutMs,
    judge,
    raw: {
      port,
      guardMs: limits.requestTimeoutMs + limits.headersTimeoutMs + timeoutMs,
      byteMs: 20,
      headersTimeoutMs: limits.headersTimeoutMs,
      requestTimeoutMs: limits.requestTimeoutMs,
    },
  };
  const meter = new HostileMeter();
  const gate = new ExclusiveGate();
  let next = 0;
  const worker = async () => {
    while (next < indexes.length) {
      const index = indexes[next++] ?? 0;
      const request = drawRequest(SeededRandom.forItem(options.seed, index), ctx);
      const kind = request.hostile ?? ORDINARY;
      const alone = request.hostile !== null;
      await gate.enter(alone);
      const measure = meter.start(kind);
      const started = performance.now();
      let judged: Judged | undefined;
      try {
        judged = await sendAndJudge(app, request, sending);
      } finally {
        // Measured up to the answer, before the next request may run.
        meter.end(measure, judged?.seen ?? 'none');
        gate.leave(alone);
      }
      const { status, fault } = judged ?? { status: null, fault: null };
      const ms = performance.now() - started;
      report.requests++;
      const target = report.byTarget.get(request.target) ?? { sent: 0, ok: 0 };
      target.sent++;
      report.byTarget.set(request.target, target);
      // A slow client is slow on purpose: the line looks for answers that are slow.
      if (ms > report.slowestMs && !request.transport.startsWith('slow')) {
        report.slowestMs = ms;
        report.slowest = describeRequest(request);
      }
      if (status !== null) {
        report.byStatus.set(status, (report.byStatus.get(status) ?? 0) + 1);
        if (status < 300) target.ok++;
      }
      if (fault === null) continue;
      const finding = { index, request: describeRequest(request), fault };
      if (fault.kind === 'server-error') report.serverErrors.push(finding);
      else if (fault.kind === 'bad-4xx') report.bad4xx.push(finding);
      else report.leaks.push(finding);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  } finally {
    report.byClass = meter.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  report.memoryAfter = memory();
  await revokeKey(db, partner);
  return report;
}

/** The report as lines for a terminal: counts, memory, then every finding with its replay. */
export function formatFuzzReport(report: FuzzReport): string[] {
  const lines = [
    `Fuzz seed ${report.seed}: ${report.requests} requests over ${report.byTarget.size} routes`,
    `  statuses: ${[...report.byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(', ')}`,
    `  5xx (or no answer): ${report.serverErrors.length} (target 0)`,
    `  4xx outside the error shape: ${report.bad4xx.length} (target 0)`,
    `  stack traces, echoed markup, missing nosniff: ${report.leaks.length} (target 0)`,
    `  memory before: heap ${report.memoryBefore.heapMb.toFixed(1)} MB, RSS ${report.memoryBefore.rssMb.toFixed(0)} MB; after: heap ${report.memoryAfter.heapMb.toFixed(1)} MB, RSS ${report.memoryAfter.rssMb.toFixed(0)} MB`,
    `  slowest answer: ${report.slowestMs.toFixed(0)} ms — ${report.slowest}`,
    ...formatClassFigures(report.byClass),
  ];
  lines.push('  requests (answered 2xx) per route:');
  for (const [target, counts] of [...report.byTarget].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `    ${String(counts.sent).padStart(5)} (${String(counts.ok).padStart(4)})  ${target}`,
    );
  }
  const unreached = [...report.byTarget]
    .filter(([, counts]) => counts.ok === 0)
    .map(([target]) => target);
  if (unreached.length > 0) lines.push(`  routes never answered 2xx: ${unreached.join('; ')}`);
  for (const finding of [...report.serverErrors, ...report.bad4xx, ...report.leaks]) {
    lines.push(
      `\n✗ #${finding.index} ${finding.fault.kind}: ${finding.fault.reason}`,
      `  ${finding.request}`,
      `  replay: FUZZ_SEED=${report.seed} FUZZ_ONLY=${finding.index} pnpm test:fuzz`,
    );
  }
  return lines;
}

/** Whether the run met its targets. */
export function fuzzPassed(report: FuzzReport): boolean {
  return (
    report.serverErrors.length === 0 && report.bad4xx.length === 0 && report.leaks.length === 0
  );
}
