import { html, svg } from 'lit';
import type { Outcome } from './percent-bar.js';

const BODY =
  'M12 1.5a5 5 0 1 1 0 10a5 5 0 1 1 0-10zM6 13.5h12a4 4 0 0 1 4 4V31a1.5 1.5 0 0 1-1.5 1.5H18V45a1.5 1.5 0 0 1-1.5 1.5h-2.5a1 1 0 0 1-1-1V33.5h-2V45.5a1 1 0 0 1-1 1H7.5A1.5 1.5 0 0 1 6 45V32.5H3.5A1.5 1.5 0 0 1 2 31V17.5a4 4 0 0 1 4-4z';

/** A glyph on each person's chest, so outcomes differ by shape as well as by colour. */
const GLYPHS: Record<Outcome, string> = {
  emploi: 'M8 19.5h8v7H8zM10 17.5h4v2h-4z',
  formation: 'M12 16.5l7 3-7 3-7-3zM8 21.5v3c2.2 1.6 5.8 1.6 8 0v-3l-4 1.7z',
  autres: 'M12 16.5l5 5-5 5-5-5z',
};

export type PictogramKind = Outcome | 'inconnu';

/**
 * Ten (or any number of) people, coloured by outcome in order. Decorative: the widget
 * writes "N sur 10" in words beside them.
 */
export function pictograms(kinds: readonly PictogramKind[]) {
  return kinds.map(
    (
      kind,
    ) => html`<svg class="person ${kind}" viewBox="0 0 24 48" aria-hidden="true" focusable="false">
      <path class="body" d=${BODY}></path>
      ${kind === 'inconnu' ? null : svg`<path class="glyph" d=${GLYPHS[kind]}></path>`}
    </svg>`,
  );
}
