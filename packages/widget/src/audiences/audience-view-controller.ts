import type { Audience } from '@inserjeunes/contract';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { AudienceView } from './audience-view.js';
import { audienceView, loadAudienceView } from './audience-views.js';

/**
 * The code that draws the host's audience. Higher education's is a chunk: it is asked for
 * as soon as the host knows its audience, waited for before the render that needs it, and
 * loaded after a render when the answer called for another audience. What draws into the
 * rendered figures (the chart) is attached once, with the view.
 */
export class AudienceViewController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #audience: () => Audience;
  /** The view's chunk could not be loaded: the host shows an error, with a retry. */
  #failed = false;
  #charts: { readonly drawn: Promise<void> } | null = null;

  /** `audience` is the audience the host draws at each update. */
  constructor(host: ReactiveElement, audience: () => Audience) {
    this.#host = host;
    this.#audience = audience;
    host.addController(this);
  }

  /** The view of the host's audience, or null while (or because) its chunk is not here. */
  get view(): AudienceView | null {
    return audienceView(this.#audience());
  }

  /** Whether the view is missing because its chunk could not be loaded. */
  get failed(): boolean {
    return this.#failed && this.view === null;
  }

  /** Resolves once the charts of the last render are drawn. */
  get drawn(): Promise<void> | undefined {
    return this.#charts?.drawn;
  }

  hostConnected(): void {
    void loadAudienceView(this.#audience()).catch(() => undefined);
  }

  /** Before an update: the view's code is here (or known to be unavailable), its chart attached. */
  async prepare(): Promise<void> {
    if (this.view === null) await this.#load();
    this.#charts ??= this.view?.attach?.(this.#host) ?? null;
  }

  /** After an update that drew an answer without its view: loads it, then draws again. */
  loadMissing(): void {
    if (this.view === null) void this.#load().then(() => this.#host.requestUpdate());
  }

  /** Forgets a failed download, so that the next update tries again. */
  retry(): void {
    this.#failed = false;
  }

  #load(): Promise<void> {
    return loadAudienceView(this.#audience()).then(
      () => {
        this.#failed = false;
      },
      () => {
        this.#failed = true;
      },
    );
  }
}
