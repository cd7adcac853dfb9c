import { ApiFailure } from '../http/api-failure.js';

/** How long a client whose catalogue was refused is asked to wait, in seconds. */
const RETRY_AFTER_SECONDS = 10;

/** What may wait behind the catalogue being checked. */
export interface CoverageQueueLimits {
  /** Catalogues waiting. */
  waiting: number;
  /**
   * Their bodies' declared sizes (`Content-Length`) added up, in bytes: a catalogue's check
   * takes time in proportion to its size, so this bounds the wait of the last one. A body of
   * unknown size counts as the largest body accepted.
   */
  bytes: number;
  /** The largest body the route accepts, in bytes. */
  largestBody: number;
}

/**
 * Runs catalogue checks one at a time, in the order they came, one per client in all, with
 * what waits behind the running one bounded (`CoverageQueueLimits`). Each check is mostly
 * CPU: running several at once only makes each finish later and hold its working set longer,
 * while the widgets' lookups, never queued here, are answered between the check's slices.
 * A waiting catalogue's body stays in its connection until its turn. Past the bounds, the
 * answer is 503 (the service is busy, retry); a second catalogue of a client whose first is
 * still checked is 429 (send them one after the other).
 */
export class CoverageQueue {
  readonly #limits: CoverageQueueLimits;
  readonly #clients = new Set<string>();
  #tail: Promise<unknown> = Promise.resolve();
  /** The declared sizes of the catalogues running (first) and waiting, in their order. */
  readonly #sizes: number[] = [];

  constructor(limits: CoverageQueueLimits) {
    this.#limits = limits;
  }

  /** Checks waiting or running. */
  get depth(): number {
    return this.#sizes.length;
  }

  /** Runs `task` in turn for `client`, whose catalogue declares `declaredBytes` (if it does). */
  run<T>(client: string, declaredBytes: number | undefined, task: () => Promise<T>): Promise<T> {
    if (this.#clients.has(client)) {
      return Promise.reject(
        new ApiFailure(
          'trop_de_requetes',
          'Un catalogue de ce client est déjà en cours de vérification : envoyez le suivant quand la réponse est arrivée.',
          { reessayer_dans_secondes: RETRY_AFTER_SECONDS },
          { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        ),
      );
    }
    const bytes = Math.min(declaredBytes ?? this.#limits.largestBody, this.#limits.largestBody);
    // The first catalogue runs at once; the next ones wait within the bounds.
    const waiting = this.#sizes.length - 1;
    let waitingBytes = 0;
    for (let i = 1; i < this.#sizes.length; i++) waitingBytes += this.#sizes[i] ?? 0;
    if (
      waiting >= 0 &&
      (waiting >= this.#limits.waiting || waitingBytes + bytes > this.#limits.bytes)
    ) {
      const mib = Math.round(this.#limits.bytes / 1024 / 1024);
      return Promise.reject(
        new ApiFailure(
          'service_sature',
          `Trop de catalogues en attente de vérification (${this.#limits.waiting} ou ${mib} Mio au plus) : réessayez dans ${RETRY_AFTER_SECONDS} s.`,
          {
            en_attente_max: this.#limits.waiting,
            octets_en_attente_max: this.#limits.bytes,
            reessayer_dans_secondes: RETRY_AFTER_SECONDS,
          },
          { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        ),
      );
    }
    this.#clients.add(client);
    this.#sizes.push(bytes);
    // Checks run one after the other, so they end in the order they came.
    const run = this.#tail.then(task).finally(() => {
      this.#clients.delete(client);
      this.#sizes.shift();
    });
    this.#tail = run.catch(() => undefined);
    return run;
  }
}
