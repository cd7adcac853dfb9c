import autocannon from 'autocannon';

/** One route loaded by autocannon, with what the answers said. */
export interface RouteLoad {
  label: string;
  result: autocannon.Result;
  /** Answers of the in-process cache (`X-Cache: hit`) and the others that said `X-Cache`. */
  hits: number;
  misses: number;
  statuses: Map<number, number>;
  /** The server's CPU time per answer, in µs: steadier than throughput on a shared machine. */
  cpuUs: number;
}

export interface LoadOptions {
  /** The server process's CPU seconds so far (see `processCpuSeconds`). */
  serverCpu: () => number;
  connections: number;
  durationS: number;
  headers?: Record<string, string>;
}

/** Loads `url` with the next path of `paths()` on every request. */
export async function loadRoute(
  label: string,
  url: string,
  paths: () => string,
  options: LoadOptions,
): Promise<RouteLoad> {
  let hits = 0;
  let misses = 0;
  const statuses = new Map<number, number>();
  const cpuBefore = options.serverCpu();
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationS,
    headers: options.headers ?? {},
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
  const answers = result.requests.total;
  const cpuUs = answers > 0 ? ((options.serverCpu() - cpuBefore) * 1e6) / answers : Number.NaN;
  return { label, result, hits, misses, statuses, cpuUs };
}

export const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** A route of ours and the bare route loaded just before it: the machine may be shared. */
export interface PairedLoad {
  bare: RouteLoad;
  ours: RouteLoad;
}

/** The table of one database's routes, each against the bare route's run just before it. */
export function printLoads(pairs: readonly PairedLoad[]): void {
  console.log(
    '\n  route                          req/s  bare req/s  × bare   p50 ms   p99 ms  non-2xx  errors  server CPU µs/answer (bare)  cache hits / misses',
  );
  for (const { bare, ours } of pairs) {
    const { label, result, hits, misses, statuses } = ours;
    const others = [...statuses].filter(([status]) => status >= 300);
    if (others.length > 0) {
      console.log(
        `  ${label}: answers other than 2xx by status: ${others.map(([s, n]) => `${s}×${n}`).join(', ')}`,
      );
    }
    const ratio = result.requests.average / bare.result.requests.average;
    console.log(
      `  ${label.padEnd(28)} ${result.requests.average.toFixed(0).padStart(7)} ${bare.result.requests.average.toFixed(0).padStart(11)} ${ratio.toFixed(2).padStart(7)} ${String(result.latency.p50).padStart(8)} ${String(result.latency.p99).padStart(8)} ${String(result.non2xx).padStart(8)} ${String(result.errors).padStart(7)}   ${ours.cpuUs.toFixed(0).padStart(8)} (${bare.cpuUs.toFixed(0)})   ${hits} / ${misses}`,
    );
  }
  const bare = pairs[0]?.bare.result.latency;
  if (bare)
    console.log(`  (bare route's own p50/p99 on its first run: ${bare.p50}/${bare.p99} ms)`);
}
