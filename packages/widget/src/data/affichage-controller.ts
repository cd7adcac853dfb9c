import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AffichageLoad } from './affichage-load.js';
import { fetchAffichage } from './fetch-affichage.js';
import type { AffichageRequest } from './request-from-attributes.js';

/**
 * Holds the widget's one request: reads what the host asks for once per update (see
 * {@link sync}), starts it when it changed, aborts the stale one, retries on demand, and
 * asks the host to render whenever the state moves.
 */
export class AffichageController implements ReactiveController {
  state: AffichageLoad = { status: 'loading' };
  readonly #host: ReactiveControllerHost;
  readonly #request: () => AffichageRequest;
  #url: string | null = null;
  #abort: AbortController | null = null;
  #settled: Promise<void> = Promise.resolve();

  /** `request` tells what the host's attributes call for; it is read by {@link sync}. */
  constructor(host: ReactiveControllerHost, request: () => AffichageRequest) {
    this.#host = host;
    this.#request = request;
    host.addController(this);
  }

  /** Resolves when the current request has settled (for callers that wait on data). */
  get settled(): Promise<void> {
    return this.#settled;
  }

  /**
   * Reads the host's request and follows it: a new URL is fetched, the same one is left
   * alone (after a failure, see {@link retry}), attributes that cannot make a request show
   * their state at once. True when the host is waiting on a request.
   */
  sync(): boolean {
    const request = this.#request();
    if ('url' in request) {
      if (request.url !== this.#url) {
        this.#url = request.url;
        this.#run();
      }
      return true;
    }
    const { state } = request;
    const shown = this.state;
    const same =
      this.#url === null &&
      shown.status === 'unknown' &&
      shown.code === state.code &&
      shown.message === state.message;
    if (!same) this.#fail(state);
    return false;
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

  /** Sets a state without a request (an attribute the widget can already tell is wrong). */
  #fail(state: AffichageLoad): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#url = null;
    this.state = state;
    this.#host.requestUpdate();
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
