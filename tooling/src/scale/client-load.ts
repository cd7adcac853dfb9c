/** One request of the load, as the client saw it. */
export interface Outcome {
  /** Milliseconds since the load started. */
  startedAt: number;
  endedAt: number;
  /** The HTTP status, or 0 when the request failed without one (connection refused, cut). */
  status: number;
  error?: string | undefined;
}

/**
 * Clients asking `paths` in turn, `concurrency` at a time, until `stop()`: every answer is
 * kept, with its times, for the test to read.
 */
export class ClientLoad {
  readonly outcomes: Outcome[] = [];
  readonly #t0 = performance.now();
  #running = true;
  readonly #loops: Promise<void>[];

  constructor(origin: string, paths: readonly string[], concurrency: number) {
    this.#loops = Array.from({ length: concurrency }, (_, i) => this.#loop(origin, paths, i));
  }

  /** Milliseconds since the load started. */
  now(): number {
    return performance.now() - this.#t0;
  }

  async #loop(origin: string, paths: readonly string[], offset: number): Promise<void> {
    for (let i = offset; this.#running; i++) {
      const startedAt = this.now();
      const path = paths[i % paths.length] ?? '/api/healthz';
      try {
        const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        this.outcomes.push({ startedAt, endedAt: this.now(), status: response.status });
      } catch (error) {
        const cause = error instanceof Error ? (error.cause ?? error) : error;
        this.outcomes.push({
          startedAt,
          endedAt: this.now(),
          status: 0,
          error: cause instanceof Error ? cause.message : String(cause),
        });
      }
    }
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#loops);
  }

  /** The answers that started within [from, to) that were not 200. */
  failures(from = 0, to = Number.POSITIVE_INFINITY): Outcome[] {
    return this.outcomes.filter((o) => o.startedAt >= from && o.startedAt < to && o.status !== 200);
  }

  /** The answers that started within [from, to). */
  between(from: number, to: number): Outcome[] {
    return this.outcomes.filter((o) => o.startedAt >= from && o.startedAt < to);
  }
}
