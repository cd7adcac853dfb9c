import type { ComparaisonFigure, Lang } from '@inserjeunes/contract';
import { msg } from '@lit/localize';
import { html } from 'lit';
import { bandText } from './comparison-words.js';

/**
 * The middle half of similar trainings as a band, their median as a mark, on the scale of
 * the bar above it (0 to 100 %, or 0 to `scale` euros). Drawn with attributes, not inline
 * styles (strict CSP); the same facts follow as text, read by every reader.
 */
export function comparisonBand(entry: ComparaisonFigure, lang: Lang, scale = 100) {
  const { q1, mediane, q3 } = entry;
  if (q1 === null || mediane === null || q3 === null) return null;
  const at = (value: number) => Math.max(0, Math.min(100, (100 * value) / scale));
  return html`<div class="comparison" part="comparison">
    <svg class="band" aria-hidden="true" focusable="false">
      <rect class="band-track" width="100%" height="100%"></rect>
      <rect class="band-middle" x="${at(q1)}%" width="${Math.max(0.5, at(q3) - at(q1))}%" height="100%"></rect>
      <rect class="band-median" x="${at(mediane)}%" width="2" height="100%"></rect>
    </svg>
    <p class="band-text">${bandText(entry, lang)}</p>
  </div>`;
}

/** What the band and the mark mean, once per block. */
export function bandLegend() {
  return html`<p class="band-legend" part="legend">
    <span class="legend-band" aria-hidden="true"></span>
    ${msg('moitié du milieu des formations semblables')}
    <span class="legend-median" aria-hidden="true"></span>
    ${msg('leur médiane')}
  </p>`;
}
