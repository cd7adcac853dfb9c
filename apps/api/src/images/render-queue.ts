import { ApiFailure } from '../http/api-failure.js';

/**
 * Drawing a PNG takes a processor for a few hundred milliseconds: at most `concurrency`
 * drawings run at once, the next ones wait their turn, and past `maxWaiting` waiting a
 * request is told to come back shortly (429 with `Retry-After`), so that a burst of new
 * images cannot take every processor from the figures' JSON routes.
 */
export class RenderQueue {
  readonly #concurrency: number;
  readonly #maxWaiting: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(concurrency: number, maxWaiting: number) {
    this.#concurrency = concurrency;
    this.#maxWaiting = maxWaiting;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#concurrency) {
      if (this.#waiting.length >= this.#maxWaiting) {
        throw new ApiFailure(
          'trop_de_requetes',
          'Trop d’images à dessiner en ce moment ; réessayez dans quelques secondes.',
          { en_attente: this.#waiting.length },
          { 'Retry-After': '5' },
        );
      }
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, or is freed.
      const next = this.#waiting.shift();
      if (next === undefined) this.#running -= 1;
      else next();
    }
  }
}
