import type { ComparedKey, ContexteFiliere, Lang } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { Learners } from '../words/learners.js';
import { formatPercent } from '../words/number-format.js';
import { promotions } from '../words/promotions.js';
import { bandLegend, comparisonBand } from './comparison-band.js';
import { formatCompared, nothingToCompareText, situatingSentence } from './comparison-words.js';
import { headcount, leaversCount } from './headcount.js';
import { anyComparison, pickComparison } from './pick-comparison.js';

export { employmentTrend } from './employment-trend.js';
export { figuresMenu } from './figures-menu.js';

/**
 * The figures in context, as the audience views draw them: a chunk of its own, loaded
 * beside the answer (see `context-chunk.ts`), so the widget's entry does not carry it.
 */
type Contexte = ContexteFiliere | null | undefined;

/** 3eme: the sentence that situates one outcome, or nothing. */
export function situatingLine(contexte: Contexte, key: ComparedKey) {
  const entry = pickComparison(contexte, key);
  return entry === null ? null : html`<span class="situe">${situatingSentence(entry)}</span>`;
}

/** lycee: the band of similar trainings under one bar, or nothing. */
export function bandUnder(contexte: Contexte, key: ComparedKey, lang: Lang) {
  const entry = pickComparison(contexte, key);
  return entry === null ? null : comparisonBand(entry, lang);
}

/** How many the figures rest on, as a line of its own. */
export function countLine(contexte: Contexte, learners: Learners, lang: Lang) {
  const count = headcount(contexte, learners, lang);
  return count === null ? null : html`<p class="count">${count}</p>`;
}

/**
 * After a block's figures: the legend of the bands when some are drawn (`bands`), or, when
 * no figure can be compared, that sentence, once.
 */
export function blockClosing(contexte: Contexte, keys: readonly ComparedKey[], bands: boolean) {
  if (contexte === null || contexte === undefined) return null;
  if (!anyComparison(contexte, keys)) {
    return html`<p class="no-comparison">${nothingToCompareText()}</p>`;
  }
  return bands ? bandLegend() : null;
}

/** superieur: employment at 12 months and the median salary among similar trainings, and the counts. */
export function higherEducationContext(
  contexte: Contexte,
  values: { taux_en_emploi_12_mois: number | null; salaire_12_mois_q2: number | null },
  lang: Lang,
) {
  if (contexte === null || contexte === undefined) return null;
  const counts = [headcount(contexte, 'etudiants', lang), leaversCount(contexte, lang)].filter(
    (text) => text !== null,
  );
  const figures = [
    { key: 'taux_en_emploi_12_mois' as const, name: msg('En emploi salarié à 12 mois') },
    { key: 'salaire_12_mois_q2' as const, name: msg('Salaire médian à 12 mois') },
  ].flatMap(({ key, name }) => {
    const entry = pickComparison(contexte, key);
    const value = values[key];
    if (entry === null || value === null || entry.q3 === null) return [];
    const scale = key === 'salaire_12_mois_q2' ? Math.max(entry.q3, value) * 1.25 : 100;
    return [
      html`<li>
        <p class="outcome-head"><span class="name">${name}</span> ${formatCompared(entry, value, lang)}</p>
        ${comparisonBand(entry, lang, scale)}
      </li>`,
    ];
  });
  return html`<div class="section comparisons">
    ${counts.length === 0 ? null : html`<p class="count">${counts.join(', ')}</p>`}
    ${
      figures.length === 0
        ? html`<p class="no-comparison">${nothingToCompareText()}</p>`
        : html`<ul class="outcomes" role="list">${figures}</ul>${bandLegend()}`
    }
  </div>`;
}

const HORIZON_KEYS = [
  'taux_en_emploi_6_mois',
  'taux_en_emploi_12_mois',
  'taux_en_emploi_18_mois',
  'taux_en_emploi_24_mois',
  'taux_en_emploi_30_mois',
] as const;

/**
 * superieur: the earlier promotions held at the same scope, as lighter lines of the chart
 * (6 to 30 months), with their figures in words for every reader.
 */
export function previousPromotions(contexte: Contexte, lang: Lang) {
  const shown = contexte?.millesime;
  const earlier = (contexte?.evolution ?? [])
    .filter((point) => point.millesime !== shown)
    .map((point) => ({
      label: promotions(point.millesime),
      values: HORIZON_KEYS.map((key) => point[key] ?? null),
    }))
    .filter((line) => line.values.some((value) => value !== null));
  if (earlier.length === 0) return { series: [], text: null };
  const months = [6, 12, 18, 24, 30];
  const described = earlier.map(
    (line) =>
      `${line.label}${lang === 'fr' ? ' : ' : ': '}${line.values
        .flatMap((value, i) =>
          value === null ? [] : [`${msg(str`${months[i]} mois`)} ${formatPercent(value, lang)}`],
        )
        .join(', ')}`,
  );
  return {
    series: earlier,
    text: html`<p class="previous">${msg('Lignes claires : les promotions précédentes.')}
      <span class="sr">${described.join(' ; ')}</span></p>`,
  };
}
