import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AffichageLoad } from './affichage-load.js';
import { fetchAffichage } from './fetch-affichage.js';

/**
 * Holds the widget's one request: starts it when the URL changes, aborts the stale one,
 * retries on demand, and asks the host to render whenever the state moves.
 */
export class AffichageController implements ReactiveController {
  state: AffichageLoad = { status: 'loading' };
  readonly #host: ReactiveControllerHost;
  #url: string | null = null;
  #abort: AbortController | null = null;
  #settled: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Resolves when the current request has settled (for callers that wait on data). */
  get settled(): Promise<void> {
    return this.#settled;
  }

  /** Loads `url` unless it is already loaded or loading (after a failure, see {@link retry}). */
  load(url: string): void {
    if (url === this.#url) return;
    this.#url = url;
    this.#run();
  }

  /** Sets a state without a request (an attribute the widget can already tell is wrong). */
  fail(state: AffichageLoad): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#url = null;
    this.state = state;
    this.#host.requestUpdate();
  }

  retry(): void {
    if (this.#url !== null) this.#run();
  }

  hostConnected(): void {
    // A widget moved in the page was disconnected mid-request: ask again.
    if (this.#url !== null && this.#abort === null && this.state.status === 'loading') this.#run();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = null;
  }

  #run(): void {
    const url = this.#url;
    if (url === null) return;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.state = { status: 'loading' };
    this.#host.requestUpdate();
    this.#settled = fetchAffichage(url, abort.signal).then(
      (state) => {
        if (abort.signal.aborted) return;
        this.#abort = null;
        this.state = state;
        this.#host.requestUpdate();
      },
      () => undefined,
    );
  }
}
