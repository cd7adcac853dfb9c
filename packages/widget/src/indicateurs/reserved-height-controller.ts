import type { ReactiveController, ReactiveElement } from 'lit';
import type { AffichageLoad } from '../data/affichage-load.js';

/** Below this width (px), filières shown side by side would be too cramped: tabs instead. */
const NARROW = 640;

/**
 * Keeps the page still while figures arrive: the height the loading state takes is kept
 * as the card's minimum once the answer is drawn, until the widget is resized or asked for
 * other figures. Also tracks the widget's width, which decides between columns and tabs.
 */
export class ReservedHeightController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #status: () => AffichageLoad['status'];
  #reserved = 0;
  #width = 0;
  readonly #resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width === this.#width) return;
    const narrow = width < NARROW;
    if (narrow !== this.#width < NARROW) this.#host.requestUpdate();
    this.#width = width;
    // Heights measured at another width mean nothing now (changed after this frame's
    // observations, so the observer does not loop).
    this.#reserved = 0;
    requestAnimationFrame(() => this.#card()?.style.removeProperty('min-height'));
  });

  /** `status` is what the host draws at each update. */
  constructor(host: ReactiveElement, status: () => AffichageLoad['status']) {
    this.#host = host;
    this.#status = status;
    host.addController(this);
  }

  /** Columns need room: a widget this narrow shows one filière at a time. */
  get narrow(): boolean {
    return this.#width > 0 && this.#width < NARROW;
  }

  /** Other figures are asked for: the room they need is measured afresh from their loading state. */
  reset(): void {
    this.#reserved = 0;
    this.#card()?.style.removeProperty('min-height');
  }

  hostConnected(): void {
    this.#width = Math.round(this.#host.getBoundingClientRect().width);
    this.#resize.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
  }

  hostUpdated(): void {
    const status = this.#status();
    const card = this.#card();
    if (status === 'loading') {
      this.#reserved = card?.getBoundingClientRect().height ?? 0;
    } else if (card && this.#reserved > 0 && status !== 'unknown') {
      // Never shorter than the space reserved while loading: nothing below the widget moves.
      card.style.minHeight = `${this.#reserved}px`;
    }
  }

  #card(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.card');
  }
}
