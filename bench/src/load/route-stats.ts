import type { DrawnRequest, LoadRoute, RouteClass } from './request-mix.js';

/** Answers that count as served: 2xx, and 304 for a revalidation. */
export const isServed = (status: number) => (status >= 200 && status < 300) || status === 304;

/** What one route (or one class of routes) received. */
export interface Tally {
  requests: number;
  /** Answers other than 2xx/304, and requests left unanswered past the timeout. */
  errors: number;
  timeouts: number;
  bytes: number;
  statuses: Map<number, number>;
  latenciesMs: number[];
}

/** An answer that was not served, kept to show what went wrong. */
export interface FailedAnswer {
  route: string;
  path: string;
  /** 0 for a request left unanswered past the timeout. */
  status: number;
  body: string;
}

/** Failed answers kept to print, per status (a flood of one kind hides no other kind). */
const MAX_FAILURES_KEPT = 3;

function emptyTally(): Tally {
  return { requests: 0, errors: 0, timeouts: 0, bytes: 0, statuses: new Map(), latenciesMs: [] };
}

/** Counts answers per route and per class of routes, with their latencies. */
export class RouteStats {
  readonly byRoute = new Map<LoadRoute, Tally>();
  readonly byClass = new Map<RouteClass, Tally>();
  readonly overall = emptyTally();
  readonly failures: FailedAnswer[] = [];

  #tallies(drawn: DrawnRequest): Tally[] {
    const route = this.byRoute.get(drawn.route) ?? emptyTally();
    this.byRoute.set(drawn.route, route);
    const kind = this.byClass.get(drawn.route.kind) ?? emptyTally();
    this.byClass.set(drawn.route.kind, kind);
    return [route, kind, this.overall];
  }

  record(drawn: DrawnRequest, status: number, latencyMs: number, bytes: number, body: string) {
    const served = isServed(status);
    for (const tally of this.#tallies(drawn)) {
      tally.requests++;
      tally.bytes += bytes;
      tally.latenciesMs.push(latencyMs);
      tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
      if (!served) tally.errors++;
    }
    if (!served && this.failures.filter((f) => f.status === status).length < MAX_FAILURES_KEPT) {
      this.failures.push({
        route: drawn.route.name,
        path: drawn.request.path,
        status,
        body: body.slice(0, 300),
      });
    }
  }

  /** A request that got no answer within the load generator's timeout. */
  recordTimeout(drawn: DrawnRequest): void {
    for (const tally of this.#tallies(drawn)) {
      tally.timeouts++;
      tally.errors++;
    }
    if (this.failures.length < MAX_FAILURES_KEPT) {
      this.failures.push({
        route: drawn.route.name,
        path: drawn.request.path,
        status: 0,
        body: '',
      });
    }
  }
}

/** The latency below which `fraction` of the answers came (nearest rank). */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? Number.NaN;
}
