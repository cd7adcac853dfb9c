import type { ReactiveController, ReactiveElement } from 'lit';
import { DRAWN_STATE } from './reserved-room.js';
import type { Room } from './widget-frame.js';

/** Below this width (px), filières shown side by side would be too cramped: tabs instead. */
const NARROW = 640;

/**
 * Keeps the page still while figures arrive. The height the loading state takes is kept:
 * - as the card's minimum, when figures take its place;
 * - around a card as tall as its content, when there is nothing to show, an error or an
 *   unknown code: the card hugs its few lines, and the page below does not move up. That
 *   room is given back as soon as the reader cannot see anything move: the widget is
 *   below the bottom of the window (or resized, or asked for other figures).
 * Also tracks the widget's width, which decides between columns and tabs.
 */
export class ReservedHeightController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #room: () => Room;
  /** Holds the `drawn` state, which ends the room reserved by stylesheets. */
  readonly #internals: ElementInternals;
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
    requestAnimationFrame(() => this.reset());
  });
  readonly #view = new IntersectionObserver(([entry]) => {
    if (entry === undefined || entry.isIntersecting) return;
    const bottom = entry.rootBounds?.bottom ?? window.innerHeight;
    if (entry.boundingClientRect.top >= bottom) this.#release();
  });

  /** `room` tells what the host draws at each update. */
  constructor(host: ReactiveElement, room: () => Room) {
    this.#host = host;
    this.#room = room;
    this.#internals = host.attachInternals();
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
    this.#release();
  }

  hostConnected(): void {
    this.#width = Math.round(this.#host.getBoundingClientRect().width);
    this.#resize.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    this.#view.disconnect();
  }

  hostUpdated(): void {
    const room = this.#room();
    const card = this.#card();
    if (room === 'loading') {
      // The room the stylesheets reserved, or the loading state's if it is taller, is kept
      // from now on by the widget itself.
      this.#reserved = Math.max(this.#reserved, this.#host.getBoundingClientRect().height);
      this.#host.style.minHeight = `${this.#reserved}px`;
      this.#internals.states.add(DRAWN_STATE);
      return;
    }
    this.#internals.states.add(DRAWN_STATE);
    if (this.#reserved <= 0) return;
    if (room === 'figures') {
      // Never shorter than the space reserved while loading: nothing below the widget moves.
      if (card) card.style.minHeight = `${this.#reserved}px`;
      this.#release();
    } else {
      card?.style.removeProperty('min-height');
      this.#host.style.minHeight = `${this.#reserved}px`;
      this.#view.observe(this.#host);
    }
  }

  #release(): void {
    this.#view.disconnect();
    this.#host.style.removeProperty('min-height');
  }

  #card(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.card');
  }
}
