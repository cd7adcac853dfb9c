import type { Lang } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { formatEuros } from '../words/number-format.js';

export interface Quartiles {
  q1: number | null;
  q2: number;
  q3: number | null;
}

/**
 * The median monthly salary in large type, and the range where the middle half of salaries
 * lie drawn as a bar on a scale from zero, with the median marked.
 */
export function salaryRange({ q1, q2, q3 }: Quartiles, lang: Lang) {
  const top = Math.ceil(((q3 ?? q2) * 1.25) / 500) * 500;
  const at = (value: number) => `${((value / top) * 100).toFixed(1)}%`;
  const range =
    q1 === null || q3 === null
      ? null
      : html`<svg class="range" part="bar" aria-hidden="true" focusable="false">
            <rect class="track" width="100%" height="100%" rx="3"></rect>
            <rect class="fill salaire" x=${at(q1)} width=${at(q3 - q1)} height="100%" rx="3"></rect>
            <rect class="median" x=${at(q2)} width="4" height="100%"></rect>
          </svg>
          <p class="line">
            ${msg(
              str`Un salarié sur deux gagne entre ${formatEuros(q1, lang)} et ${formatEuros(q3, lang)}.`,
            )}
          </p>`;
  return html`<p class="median-value"><span class="big" part="value">${formatEuros(q2, lang)}</span>
      <span>${msg('net par mois (salaire médian)')}</span></p>
    ${range}`;
}
