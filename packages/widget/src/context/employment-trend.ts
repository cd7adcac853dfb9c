import type { ContexteFiliere, Lang } from '@inserjeunes/contract';
import { msg } from '@lit/localize';
import { html, svg } from 'lit';
import { formatPercent } from '../words/number-format.js';
import { promotions } from '../words/promotions.js';

/** The drawing's own units: the SVG scales to the block's width, keeping its proportions. */
const WIDTH = 240;
const HEIGHT = 84;
const SIDE = 18;
const TOP = 14;
const BOTTOM = 16;

interface TrendPoint {
  millesime: string;
  value: number;
}

/** Where each point sits: evenly across, and up from 0 to 100 % (the bars' scale). */
function placed(points: readonly TrendPoint[]) {
  const step = (WIDTH - 2 * SIDE) / Math.max(1, points.length - 1);
  const rise = HEIGHT - TOP - BOTTOM;
  return points.map((point, i) => ({
    ...point,
    x: Math.round((SIDE + i * step) * 10) / 10,
    y: Math.round((TOP + (rise * (100 - Math.max(0, Math.min(100, point.value)))) / 100) * 10) / 10,
  }));
}

/**
 * lycee: employment at 6 months over the millésimes held, as a small line with a point and
 * its value per millésime, when there are two or more. The drawing is hidden from assistive
 * technologies; the same figures follow as a list they read.
 */
export function employmentTrend(contexte: ContexteFiliere | null | undefined, lang: Lang) {
  const points = (contexte?.evolution ?? []).flatMap((point) =>
    point.taux_en_emploi_6_mois === null
      ? []
      : [{ millesime: point.millesime, value: point.taux_en_emploi_6_mois }],
  );
  if (points.length < 2) return null;
  const at = placed(points);
  const first = at[0];
  const last = at[at.length - 1];
  const year = (millesime: string) => millesime.replace('_', '–');
  const colon = lang === 'fr' ? ' : ' : ': ';
  return html`<div class="section trend" part="trend">
    <p class="trend-title">${msg('En emploi à 6 mois, promotion après promotion')}</p>
    <svg class="trend-line" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
      <polyline class="trend-path" points=${at.map((p) => `${p.x},${p.y}`).join(' ')}></polyline>
      ${at.map(
        (p) => svg`<circle class="trend-point" cx=${p.x} cy=${p.y} r="3"></circle>
          <text class="trend-value" x=${p.x} y=${p.y - 6} text-anchor="middle">${formatPercent(p.value, lang)}</text>`,
      )}
      ${
        first === undefined || last === undefined
          ? null
          : svg`<text class="trend-when" x="0" y=${HEIGHT - 3}>${year(first.millesime)}</text>
            <text class="trend-when" x=${WIDTH} y=${HEIGHT - 3} text-anchor="end">${year(last.millesime)}</text>`
      }
    </svg>
    <ul class="sr" role="list">
      ${points.map((p) => html`<li>${promotions(p.millesime)}${colon}${formatPercent(p.value, lang)}</li>`)}
    </ul>
  </div>`;
}
