import type { Lang } from '@inserjeunes/contract';
import { msg } from '@lit/localize';
import { html } from 'lit';
import { formatPercent } from '../words/number-format.js';

/** A percentage as text, or "non publié" in plain type when the source gave none. */
export function percentValue(value: number | null, lang: Lang, big = false) {
  if (value === null) return html`<span class="missing" part="value">${msg('non publié')}</span>`;
  return html`<span class=${big ? 'big' : ''} part="value">${formatPercent(value, lang)}</span>`;
}
