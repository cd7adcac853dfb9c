/** One request of the stream: what is asked, and what the answer should look like. */
export interface StreamRequest {
  /** `cached`: already in the server's cache; `revalidated`: the same with its ETag; `uncached`: computed from the database. */
  kind: 'cached' | 'revalidated' | 'uncached';
  path: string;
  headers?: Record<string, string>;
}

/** What one request got: an HTTP status, or how the connection failed. */
export interface StreamOutcome {
  request: StreamRequest;
  started: number;
  ended: number;
  status: number | 'reset' | 'timeout';
  retryAfter: string | null;
  /** The body of an error answer (4xx, 5xx), as received. */
  errorBody?: unknown;
  /** Why the connection failed, when it did. */
  failure?: string;
}

export interface StreamOptions {
  clients: number;
  /** Pause of each client between two requests, in ms. */
  pauseMs: number;
  /** Bounds, whatever the caller does: the stream ends by itself past either. */
  maxRequests: number;
  maxDurationMs: number;
  timeoutMs: number;
}

/**
 * A steady stream of requests from several concurrent clients to a server on this machine,
 * each outcome kept with its start and end time so that a test can say what happened
 * before, during and after a fault.
 */
export class RequestStream {
  readonly outcomes: StreamOutcome[] = [];
  readonly #origin: string;
  readonly #next: (index: number) => StreamRequest;
  readonly #options: StreamOptions;
  #running = false;
  #sent = 0;
  #clients: Promise<void>[] = [];

  constructor(origin: string, next: (index: number) => StreamRequest, options: StreamOptions) {
    this.#origin = origin;
    this.#next = next;
    this.#options = options;
  }

  start(): void {
    this.#running = true;
    const deadline = performance.now() + this.#options.maxDurationMs;
    this.#clients = Array.from({ length: this.#options.clients }, async () => {
      while (
        this.#running &&
        this.#sent < this.#options.maxRequests &&
        performance.now() < deadline
      ) {
        const request = this.#next(this.#sent++);
        this.outcomes.push(await this.#send(request));
        await new Promise((resolve) => setTimeout(resolve, this.#options.pauseMs));
      }
    });
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#clients);
  }

  async #send(request: StreamRequest): Promise<StreamOutcome> {
    const started = performance.now();
    try {
      const response = await fetch(`${this.#origin}${request.path}`, {
        headers: request.headers,
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      const text = await response.text();
      let errorBody: unknown;
      if (response.status >= 400) {
        try {
          errorBody = JSON.parse(text);
        } catch {
          errorBody = text;
        }
      }
      return {
        request,
        started,
        ended: performance.now(),
        status: response.status,
        retryAfter: response.headers.get('Retry-After'),
        ...(errorBody === undefined ? {} : { errorBody }),
      };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        request,
        started,
        ended: performance.now(),
        status: timedOut ? 'timeout' : 'reset',
        retryAfter: null,
        failure: error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : '',
      };
    }
  }
}
