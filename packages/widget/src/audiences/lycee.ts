import { HEADLINE_FIGURE_KEYS } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { attachContext, inContext } from '../context/context-chunk.js';
import { explanation, infoButton } from '../parts/info-disclosure.js';
import { type Outcome, percentBar } from '../parts/percent-bar.js';
import { percentValue } from '../parts/percent-value.js';
import { salaryRange } from '../parts/salary-range.js';
import { sectionHeading } from '../parts/section-heading.js';
import type { ExplanationKey } from '../words/explanations.js';
import { filiereLabel } from '../words/filiere-label.js';
import { learnersOf } from '../words/learners.js';
import type { AudienceView, BlockFigures } from './audience-view.js';
import type { ViewContext } from './view-context.js';

interface OutcomeWords {
  outcome: Outcome;
  key: 'taux_en_emploi_6_mois' | 'taux_en_formation' | 'taux_autres_6_mois';
  name(): string;
  line(): string;
  explanation: ExplanationKey;
}

const OUTCOMES: readonly OutcomeWords[] = [
  {
    outcome: 'emploi',
    key: 'taux_en_emploi_6_mois',
    name: () => msg('En emploi'),
    line: () => msg('ont un emploi salarié en France six mois après, dans le privé ou le public'),
    explanation: 'emploiLycee',
  },
  {
    outcome: 'formation',
    key: 'taux_en_formation',
    name: () => msg('En formation'),
    line: () => msg('poursuivent des études, redoublent ou changent de filière'),
    explanation: 'formationLycee',
  },
  {
    outcome: 'autres',
    key: 'taux_autres_6_mois',
    name: () => msg('Autres parcours'),
    line: () => msg('cherchent un emploi, travaillent à leur compte, sont à l’étranger…'),
    explanation: 'autresLycee',
  },
];

const HORIZONS = [6, 12, 24] as const;

function renderEmploiOverTime(block: BlockFigures, ctx: ViewContext, key: string) {
  const id = `${key}-duree`;
  return html`<div class="section">
    ${sectionHeading(ctx, id, msg('En emploi salarié après…'))}
    ${explanation(ctx, id, 'dureeLycee')}
    <ul class="small-bars" role="list">
      ${HORIZONS.map((months) => {
        const value = block[`taux_en_emploi_${months}_mois`];
        return html`<li>
          <span class="when">${msg(str`${months} mois`)}</span>
          ${percentBar(value, 'emploi')}
          ${percentValue(value, ctx.lang)}
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The salary block, when published: median large, middle half as a bar. */
export function renderSalary(block: BlockFigures, ctx: ViewContext, key: string) {
  const q2 = block.salaire_12_mois_q2;
  if (q2 === null) return null;
  const id = `${key}-salaire`;
  return html`<div class="section salary" part="salary">
    ${sectionHeading(ctx, id, msg('Salaire 12 mois après'))}
    ${explanation(ctx, id, 'salaire')}
    ${salaryRange({ q1: block.salaire_12_mois_q1, q2, q3: block.salaire_12_mois_q3 }, ctx.lang)}
  </div>`;
}

function renderBlock(block: BlockFigures, ctx: ViewContext, key: string) {
  const { contexte } = block;
  const parts = inContext();
  const keys = OUTCOMES.map((words) => words.key);
  return html`${parts?.countLine(contexte, learnersOf(block), ctx.lang)}
    <ul class="outcomes bars" role="list">
      ${OUTCOMES.map((words) => {
        const value = block[words.key];
        const id = `${key}-${words.outcome}`;
        return html`<li class="outcome" part="outcome">
          <p class="outcome-head">
            <span class="swatch ${words.outcome}" aria-hidden="true"></span>
            <span class="name">${words.name()}</span>
            ${percentValue(value, ctx.lang, true)}
            ${infoButton(ctx, id, words.name())}
          </p>
          ${percentBar(value, words.outcome)}
          ${value === null ? null : parts?.bandUnder(contexte, words.key, ctx.lang)}
          <p class="line">${words.line()}</p>
          ${explanation(ctx, id, words.explanation)}
        </li>`;
      })}
    </ul>
    ${parts?.blockClosing(contexte, keys, true)}
    ${renderEmploiOverTime(block, ctx, key)} ${parts?.employmentTrend(contexte, ctx.lang)}
    ${renderSalary(block, ctx, key)}`;
}

/**
 * For a lycéen choosing a BTS or an apprenticeship: percent bars with one line each, both
 * routes side by side, employment over time and the salary when published.
 */
export const lycee: AudienceView = {
  headline: HEADLINE_FIGURE_KEYS.lycee,
  figures: [
    ...OUTCOMES.map(({ key }) => key),
    ...HORIZONS.map((months) => `taux_en_emploi_${months}_mois` as const),
  ],
  layout: 'columns',
  typicalBlocks: 2,
  filiereLabel,
  renderBlock,
  attach: attachContext,
};
