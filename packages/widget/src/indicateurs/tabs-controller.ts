import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The selected filière when they are shown as tabs (ARIA tabs pattern): a click selects
 * one, arrow keys, Home and End move the selection and the focus along the tab list.
 */
export class TabsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  #selected = 0;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  get selected(): number {
    return this.#selected;
  }

  /** Other figures: back to the first tab (within an update, so no other one is asked for). */
  reset(): void {
    this.#selected = 0;
  }

  /** Nothing to do on connection: the selection lives as long as the figures it selects in. */
  hostConnected(): void {}

  readonly onSelect = (event: Event): void => {
    this.#select(Number((event.currentTarget as HTMLElement).dataset.index ?? 0));
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const tabs = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const moves: Record<string, number> = {
      ArrowRight: this.#selected + 1,
      ArrowLeft: this.#selected - 1 + tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined || tabs.length === 0) return;
    event.preventDefault();
    this.#select(next % tabs.length);
    void this.#host.updateComplete.then(() => tabs[this.#selected]?.focus());
  };

  #select(index: number): void {
    this.#selected = index;
    this.#host.requestUpdate();
  }
}
