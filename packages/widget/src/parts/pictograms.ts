import { html, nothing, svg } from 'lit';
import type { Person } from '../people/ten-people.js';
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

function figure(kind: PictogramKind) {
  return svg`<path class="body" d=${BODY}></path>
    ${kind === 'inconnu' ? nothing : svg`<path class="glyph" d=${GLYPHS[kind]}></path>`}`;
}

/**
 * Ten (or any number of) people, coloured by outcome in order; a person shared between
 * outcomes is drawn in vertical slices (clip paths: no inline style, so a strict CSP
 * allows it). Decorative: the widget writes "N sur 10" in words beside them. `key` makes
 * the clip paths' ids unique within the widget.
 */
export function pictograms(people: readonly Person<PictogramKind>[], key: string) {
  return people.map((slices, i) => {
    const only = slices.length === 1 ? slices[0] : undefined;
    if (only !== undefined) {
      return html`<svg class="person ${only.kind}" viewBox="0 0 24 48" aria-hidden="true" focusable="false">${figure(only.kind)}</svg>`;
    }
    let from = 0;
    const parts = slices.map(({ kind, part }, j) => {
      const id = `${key}-person-${i}-${j}`;
      const x = from * 24;
      from += part;
      return svg`<clipPath id=${id}><rect x=${x} y="0" width=${part * 24} height="48"></rect></clipPath>
        <g class=${kind} clip-path="url(#${id})">${figure(kind)}</g>`;
    });
    return html`<svg class="person shared" viewBox="0 0 24 48" aria-hidden="true" focusable="false">${parts}</svg>`;
  });
}
