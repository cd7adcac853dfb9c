import { html } from 'lit';

export type Outcome = 'emploi' | 'formation' | 'autres';

/**
 * A horizontal bar filled to `value` percent. Drawn in SVG with attributes rather than
 * inline styles, so it renders under a strict Content-Security-Policy. Decorative: the
 * number is always written next to it.
 */
export function percentBar(value: number | null, outcome: Outcome, from = 0) {
  const width = Math.max(0, Math.min(100, value ?? 0));
  return html`<svg class="bar" part="bar" aria-hidden="true" focusable="false">
    <rect class="track" width="100%" height="100%" rx="3"></rect>
    <rect class="fill ${outcome}" x="${from}%" width="${width}%" height="100%" rx="3"></rect>
  </svg>`;
}
