import { type App, createKey, revokeKey } from '@inserjeunes/api';
import type { DbHandle } from '@inserjeunes/db';
import { SeededRandom } from '../seeded-random.js';
import {
  type DrawContext,
  describeRequest,
  drawRequest,
  type FuzzRequest,
} from './draw-request.js';
import { fuzzTargets } from './fuzz-targets.js';
import type { KnownValues } from './fuzz-values.js';
import { type Fault, judgeResponse } from './judge-response.js';
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
}

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

async function send(
  app: App,
  request: FuzzRequest,
  timeoutMs: number,
): Promise<{ response: Response; body: string } | null> {
  const slow = request.url.startsWith('/galerie-simulation/lente/');
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    // The gallery's slow stand-in holds its answer 10 s, until the client gives up: give up at once.
    ...(slow ? { signal: AbortSignal.timeout(20) } : {}),
  };
  if (request.body !== null) init.body = request.body.bytes;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const answer = (async () => {
    const response = await app.request(request.url, init);
    return { response, body: await response.text() };
  })();
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends `count` random and hostile requests (or only the `only`-th) to the app, drawn from
 * `seed`, over every documented route and the widget's and gallery's, and judges each answer.
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
  };
  const indexes =
    options.only === undefined
      ? Array.from({ length: options.count }, (_, i) => i)
      : [options.only];
  const timeoutMs = options.timeoutMs ?? 15_000;
  let next = 0;
  const worker = async () => {
    while (next < indexes.length) {
      const index = indexes[next++] ?? 0;
      const request = drawRequest(SeededRandom.forItem(options.seed, index), ctx);
      const started = performance.now();
      const outcome = await send(app, request, timeoutMs);
      const ms = performance.now() - started;
      report.requests++;
      const target = report.byTarget.get(request.target) ?? { sent: 0, ok: 0 };
      target.sent++;
      report.byTarget.set(request.target, target);
      if (ms > report.slowestMs) {
        report.slowestMs = ms;
        report.slowest = describeRequest(request);
      }
      if (outcome === null) {
        report.serverErrors.push({
          index,
          request: describeRequest(request),
          fault: { kind: 'server-error', reason: `no answer within ${timeoutMs} ms` },
        });
        continue;
      }
      const { response, body } = outcome;
      report.byStatus.set(response.status, (report.byStatus.get(response.status) ?? 0) + 1);
      if (response.status < 300) target.ok++;
      const fault = judgeResponse(request, response, body, judge);
      if (fault === null) continue;
      const finding = { index, request: describeRequest(request), fault };
      if (fault.kind === 'server-error') report.serverErrors.push(finding);
      else if (fault.kind === 'bad-4xx') report.bad4xx.push(finding);
      else report.leaks.push(finding);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
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
