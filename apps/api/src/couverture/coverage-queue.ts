import { ApiFailure } from '../http/api-failure.js';

/** How long a client whose catalogue was refused is asked to wait, in seconds. */
const RETRY_AFTER_SECONDS = 10;

/**
 * Runs catalogue checks one at a time, in the order they came, with at most `maxWaiting`
 * waiting behind the running one and one per client in all. Each check is mostly CPU:
 * running several at once only makes each finish later and hold its working set longer,
 * while the widgets' lookups, never queued here, are answered between the check's slices.
 * Past the bound, the answer is 503 (the service is busy, retry); a second catalogue of a
 * client whose first is still checked is 429 (send them one after the other).
 */
export class CoverageQueue {
  readonly #maxWaiting: number;
  readonly #clients = new Set<string>();
  #tail: Promise<unknown> = Promise.resolve();
  #pending = 0;

  constructor(maxWaiting: number) {
    this.#maxWaiting = maxWaiting;
  }

  /** Checks waiting or running. */
  get depth(): number {
    return this.#pending;
  }

  run<T>(client: string, task: () => Promise<T>): Promise<T> {
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
    if (this.#pending > this.#maxWaiting) {
      return Promise.reject(
        new ApiFailure(
          'service_sature',
          `Trop de catalogues en attente de vérification (${this.#maxWaiting}) : réessayez dans ${RETRY_AFTER_SECONDS} s.`,
          { en_attente_max: this.#maxWaiting, reessayer_dans_secondes: RETRY_AFTER_SECONDS },
          { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        ),
      );
    }
    this.#clients.add(client);
    this.#pending += 1;
    const run = this.#tail.then(task).finally(() => {
      this.#clients.delete(client);
      this.#pending -= 1;
    });
    this.#tail = run.catch(() => undefined);
    return run;
  }
}
