import type { Lang } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { html, svg } from 'lit';
import { formatEuros } from '../words/number-format.js';

export interface SalaryQuartiles {
  q1: number | null;
  q2: number;
  q3: number | null;
}

/** Height of the bar, and of the whole drawing with its graduations, in pixels. */
const BAR = 16;
const HEIGHT = 40;

/** Graduations every 500 € or 1 000 €, five at most, up to a little above the last quartile. */
function graduations(q3: number): number[] {
  const step = (q3 * 1.2) / 500 > 4 ? 1000 : 500;
  const top = Math.ceil((q3 * 1.2) / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/**
 * The median monthly salary in large type, then where the middle half of salaries lie, as a
 * bar on a scale in euros whose graduations are written under it. Drawn in SVG with
 * attributes (no inline style): it renders under a strict Content-Security-Policy.
 * Decorative: the sentence under it says the same.
 */
export function salaryScale({ q1, q2, q3 }: SalaryQuartiles, lang: Lang) {
  const median = html`<p class="median-value"><span class="big" part="value">${formatEuros(q2, lang)}</span>
    <span>${msg('net par mois (salaire médian)')}</span></p>`;
  if (q1 === null || q3 === null) return median;
  const marks = graduations(q3);
  const top = marks[marks.length - 1] ?? q3;
  const at = (value: number) => `${((value / top) * 100).toFixed(1)}%`;
  const anchor = (i: number) => (i === 0 ? 'start' : i === marks.length - 1 ? 'end' : 'middle');
  return html`${median}
    <svg class="scale" part="bar" width="100%" height=${HEIGHT} aria-hidden="true" focusable="false">
      <rect class="track" width="100%" height=${BAR} rx="3"></rect>
      <rect class="fill salaire" x=${at(q1)} width=${at(q3 - q1)} height=${BAR} rx="3"></rect>
      <rect class="median" x=${at(q2)} width="4" height=${BAR}></rect>
      ${marks.map(
        (value, i) => svg`<line x1=${at(value)} x2=${at(value)} y1=${BAR} y2=${BAR + 5}
            stroke="currentColor" stroke-width="1"></line>
          <text x=${at(value)} y=${HEIGHT - 2} text-anchor=${anchor(i)} font-size="0.8125em"
            fill="currentColor">${formatEuros(value, lang)}</text>`,
      )}
    </svg>
    <p class="line">
      ${msg(
        str`Un quart gagne moins de ${formatEuros(q1, lang)}, un quart plus de ${formatEuros(q3, lang)}.`,
      )}
    </p>`;
}
