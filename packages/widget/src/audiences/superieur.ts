import { HEADLINE_FIGURE_KEYS, HORIZONS } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { ChartController } from '../chart/chart-controller.js';
import type { EmploymentSeries } from '../chart/employment-series.js';
import { salaryScale } from '../chart/salary-scale.js';
import { attachContext } from '../context/context-chunk.js';
import { higherEducationContext, previousPromotions } from '../context/figures-in-context.js';
import { explanation, infoButton } from '../parts/info-disclosure.js';
import { type Outcome, percentBar } from '../parts/percent-bar.js';
import { percentValue } from '../parts/percent-value.js';
import { sectionHeading } from '../parts/section-heading.js';
import type { ExplanationKey } from '../words/explanations.js';
import { filiereLabel } from '../words/filiere-label.js';
import { formatPercent } from '../words/number-format.js';
import type { AudienceView, BlockFigures } from './audience-view.js';
import type { ViewContext } from './view-context.js';

/** Stable employment is read at 12 months, like the salary; the nearest published horizon otherwise. */
const STABLE_HORIZONS = [12, 6, 18, 24, 30] as const;

function renderChart(block: BlockFigures, ctx: ViewContext, key: string) {
  const id = `${key}-emploi`;
  const label = msg('Diplômés en emploi salarié en France');
  const points = HORIZONS.map((months) => ({
    months,
    when: msg(str`${months} mois`),
    value: block[`taux_en_emploi_${months}_mois`],
  }));
  const previous = previousPromotions(block.contexte, ctx.lang);
  const series: EmploymentSeries = {
    label,
    previous: previous.series,
    labels: points.map((point) => String(point.months)),
    axisTitle: msg('mois après le diplôme'),
    values: points.map((point) => point.value),
    scaleLabels: [0, 25, 50, 75, 100].map((value) => formatPercent(value, ctx.lang)),
    valueLabels: points.map((point) =>
      point.value === null ? '' : formatPercent(point.value, ctx.lang),
    ),
  };
  // The table is for screen readers, in a box of its own: a table is never narrower than
  // its text, and would widen a narrow page.
  return html`<div class="section">
    ${sectionHeading(ctx, id, msg('En emploi salarié, de 6 à 30 mois après le diplôme'), msg('En emploi salarié'))}
    ${explanation(ctx, id, 'emploiSuperieur')}
    <div class="chart" part="chart" aria-hidden="true">
      <canvas data-series=${JSON.stringify(series)}></canvas>
    </div>
    <div class="sr">
      <table>
        <caption>${label}</caption>
        <thead><tr><th scope="col">${msg('Après')}</th><th scope="col">${msg('Part en emploi salarié')}</th></tr></thead>
        <tbody>
          ${points.map(
            (point) => html`<tr>
              <th scope="row">${point.when}</th>
              <td>${point.value === null ? msg('non publié') : formatPercent(point.value, ctx.lang)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${previous.text}
  </div>`;
}

/** The salary block, when the median is published: median, scale and quartiles when they are. */
function renderSalary(block: BlockFigures, ctx: ViewContext, key: string) {
  const { salaire_12_mois_q1: q1, salaire_12_mois_q2: q2, salaire_12_mois_q3: q3 } = block;
  if (q2 === null) return null;
  const id = `${key}-salaire`;
  return html`<div class="section salary" part="salary">
    <p class="section-title" role="heading" aria-level=${ctx.level + 1}>
      ${msg('Salaire 12 mois après')} ${infoButton(ctx, id, msg('Salaire 12 mois après'))}
    </p>
    ${explanation(ctx, id, 'salaire')} ${salaryScale({ q1, q2, q3 }, ctx.lang)}
  </div>`;
}

function renderShare(
  outcome: Outcome,
  ctx: ViewContext,
  id: string,
  name: string,
  value: number | null,
  line: string,
  text: ExplanationKey,
) {
  return html`<li class="outcome" part="outcome">
    <p class="outcome-head">
      <span class="name">${name}</span>
      ${percentValue(value, ctx.lang, true)}
      ${infoButton(ctx, id, name)}
    </p>
    ${percentBar(value, outcome)}
    <p class="line">${line}</p>
    ${explanation(ctx, id, text)}
  </li>`;
}

function renderBlock(block: BlockFigures, ctx: ViewContext, key: string) {
  const stableAt =
    STABLE_HORIZONS.find((h) => block[`part_emploi_stable_${h}_mois`] !== null) ?? 12;
  const stable = block[`part_emploi_stable_${stableAt}_mois`];
  return html`${renderChart(block, ctx, key)}
    ${higherEducationContext(block.contexte, block, ctx.lang)}
    <ul class="outcomes bars" role="list">
      ${renderShare(
        'formation',
        ctx,
        `${key}-formation`,
        msg('Poursuite d’études'),
        block.taux_en_formation,
        msg('poursuivent des études, redoublent ou changent de filière'),
        'formationSuperieur',
      )}
      ${renderShare(
        'emploi',
        ctx,
        `${key}-stable`,
        msg('Emploi stable'),
        stable,
        msg(str`des emplois salariés à ${stableAt} mois sont stables`),
        'stableSuperieur',
      )}
    </ul>
    ${renderSalary(block, ctx, key)}`;
}

/**
 * For a student or a graduate (InserSup): employment over 30 months as a chart with the
 * same numbers in a table, further study, stable employment, salary quartiles.
 */
export const superieur: AudienceView = {
  headline: HEADLINE_FIGURE_KEYS.superieur,
  figures: [
    ...HORIZONS.map((months) => `taux_en_emploi_${months}_mois` as const),
    'taux_en_formation',
    'part_emploi_stable_12_mois',
  ],
  layout: 'columns',
  typicalBlocks: 1,
  filiereLabel,
  renderBlock,
  attach: (host) => {
    // The menu under the figures is drawn by the figures-in-context chunk, this one's too.
    attachContext(host);
    return new ChartController(host);
  },
};
