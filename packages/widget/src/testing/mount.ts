import { vi } from 'vitest';
import '../index.js';
import type { InserjeunesIndicateurs } from '../indicateurs/inserjeunes-indicateurs.js';

/** Puts a widget in the page with these attributes and waits for its figures (or its state). */
export async function mount(
  attributes: Record<string, string | boolean>,
  container: HTMLElement = document.body,
  wait: 'data' | 'render' = 'data',
): Promise<InserjeunesIndicateurs> {
  const element = document.createElement('inserjeunes-indicateurs');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  if (!('api' in attributes)) element.setAttribute('api', 'https://api.test');
  // Tests speak French unless they say otherwise (`lang: false` leaves the page's language).
  if (!('lang' in attributes)) element.setAttribute('lang', 'fr');
  container.append(element);
  if (wait === 'data') await element.dataComplete;
  else await element.updateComplete;
  return element;
}

/** A node's rendered text, whitespace collapsed: what a reader sees (hidden parts left out). */
export function rendered(node: Element | null | undefined): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
  return ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

/** The widget's rendered text. */
export function textOf(element: Element): string {
  return rendered(element.shadowRoot?.querySelector('[part~="base"]'));
}

export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (root === null) throw new Error('no shadow root');
  return root;
}

/**
 * Records what each widget put in the page from now on, in order: `loading` when a loading
 * state appeared, `figures` when figures did (the shadow roots created are watched).
 */
export function recordDraws(): string[] {
  const drawn: string[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      if (root.querySelector('[role="status"]')) drawn.push('loading');
      if (root.querySelector('[part~="value"]')) drawn.push('figures');
    }).observe(root, { subtree: true, childList: true });
    return root;
  });
  return drawn;
}
