import type { ReactiveController, ReactiveElement } from 'lit';
import { InserjeunesInfoOpenEvent } from '../events/inserjeunes-info-open-event.js';
import { explanationsLoaded, loadExplanations } from './load-explanations.js';

/** Runs `task` when the page is idle (soon at the latest), or after a moment where it cannot tell. */
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 1000 })
    : setTimeout(task, 100);

/**
 * The explanations behind the (i) buttons: which ones are open, and their texts, a chunk
 * shared by the page, loaded once the host's figures are drawn (when the page is idle), at
 * once when a reader is about to open one (first hover or focus), and before any render
 * that shows an open one.
 */
export class ExplanationsController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #figuresDrawn: () => boolean;
  /** The explanations are loading, or scheduled to. */
  #explaining = false;
  #open: ReadonlySet<string> = new Set();

  /** `figuresDrawn` tells, after an update, whether it drew figures. */
  constructor(host: ReactiveElement, figuresDrawn: () => boolean) {
    this.#host = host;
    this.#figuresDrawn = figuresDrawn;
    host.addController(this);
    // A reader about to open an explanation: its text should be there when they do.
    for (const type of ['pointerover', 'focusin']) {
      host.addEventListener(type, () => void this.load(), { once: true });
    }
  }

  /** The explanations open, by id. */
  get open(): ReadonlySet<string> {
    return this.#open;
  }

  /** Other figures: every explanation closed (within an update, so no other one is asked for). */
  reset(): void {
    this.#open = new Set();
  }

  /** Before an update: the texts of the open explanations are here. */
  prepare(): Promise<void> {
    return this.#open.size > 0 ? this.load() : Promise.resolve();
  }

  /** Loads the texts (once per page) and redraws the host with them. */
  load(): Promise<void> {
    if (explanationsLoaded()) return Promise.resolve();
    this.#explaining = true;
    return loadExplanations().then(
      () => {
        this.#host.requestUpdate();
      },
      () => {
        this.#explaining = false;
      },
    );
  }

  hostUpdated(): void {
    // Figures on screen: the explanations can come now, while the page is idle.
    if (this.#figuresDrawn() && !this.#explaining && !explanationsLoaded()) {
      this.#explaining = true;
      whenIdle(() => void this.load());
    }
  }

  /** Click handler of every (i) button (reads `data-info`): opens or closes its explanation. */
  readonly onInfo = (event: Event): void => {
    const button = event.currentTarget as HTMLElement;
    const id = button.dataset.info ?? '';
    const open = new Set(this.#open);
    const opening = !open.delete(id);
    if (opening) open.add(id);
    this.#open = open;
    this.#host.requestUpdate();
    if (!opening) return;
    const subject = button.querySelector('.sr')?.textContent ?? '';
    this.#host.dispatchEvent(new InserjeunesInfoOpenEvent({ id, subject }));
  };
}
