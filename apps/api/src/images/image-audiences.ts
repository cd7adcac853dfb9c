import {
  type Audience,
  type EmploiRateKey,
  emploiRateKey,
  emploiStableShareKey,
  type Horizon,
  type Indicateur,
  type Lang,
} from '@inserjeunes/contract';
import type { FigureLine, ImageSection } from './image-model.js';
import { IMAGE_WORDS, type ImageWords, type Outcome } from './image-words.js';
import { peopleOutOfTen } from './people-out-of-ten.js';

type HeadlineKey = 'taux_en_emploi_6_mois' | 'taux_en_formation' | 'taux_autres_6_mois';

const OUTCOME_KEYS: readonly [Outcome, HeadlineKey][] = [
  ['emploi', 'taux_en_emploi_6_mois'],
  ['formation', 'taux_en_formation'],
  ['autres', 'taux_autres_6_mois'],
];

/** What one audience's image draws of a filière's record. */
export interface ImageAudience {
  /** A filière with none of these figures is withheld, as in the widget. */
  headline: readonly (HeadlineKey | EmploiRateKey)[];
  /** Higher education speaks of graduates and students, not pupils. */
  higher: boolean;
  sections(block: Indicateur, lang: Lang): ImageSection[];
}

function percentLine(
  words: ImageWords,
  key: string,
  value: number | null,
  parts: { outcome: Outcome | null; label: string; line: string | null; bar: boolean },
  spoken: (percent: string) => string,
): FigureLine {
  const valueText = value === null ? words.notPublished : words.percent(value);
  return { key, value, valueText, spoken: value === null ? null : spoken(valueText), ...parts };
}

function outcomeRows(block: Indicateur, words: ImageWords): FigureLine[] {
  return OUTCOME_KEYS.map(([outcome, key]) =>
    percentLine(
      words,
      key,
      block[key],
      { outcome, label: words.name[outcome], line: words.line[outcome], bar: true },
      words.spoken[outcome],
    ),
  );
}

function employedAfter(
  block: Indicateur,
  words: ImageWords,
  horizons: readonly Horizon[],
): ImageSection {
  return {
    kind: 'figures',
    title: words.employedAfter,
    layout: 'compact',
    figures: horizons.map((months) =>
      percentLine(
        words,
        emploiRateKey(months),
        block[emploiRateKey(months)],
        { outcome: 'emploi', label: words.months(months), line: null, bar: true },
        (p) => words.spokenEmployedAfter(months, p),
      ),
    ),
  };
}

function salary(block: Indicateur, words: ImageWords): ImageSection[] {
  const { salaire_12_mois_q1: q1, salaire_12_mois_q2: q2, salaire_12_mois_q3: q3 } = block;
  if (q2 === null) return [];
  const median = words.euros(q2);
  const line: FigureLine = {
    key: 'salaire_12_mois_q2',
    value: q2,
    outcome: null,
    label: words.salary,
    valueText: median,
    line: words.salaryLine(
      q1 === null ? null : words.euros(q1),
      q3 === null ? null : words.euros(q3),
    ),
    bar: false,
    spoken: words.spokenSalary(median),
  };
  return [{ kind: 'figures', title: null, layout: 'rows', figures: [line] }];
}

const troisieme: ImageAudience = {
  headline: OUTCOME_KEYS.map(([, key]) => key),
  higher: false,
  sections(block, lang) {
    const words = IMAGE_WORDS[lang];
    const shares = OUTCOME_KEYS.map(([, key]) => block[key]);
    const known = shares.reduce<number>((sum, share) => sum + (share ?? 0), 0);
    const counts = peopleOutOfTen([...shares.map((share) => share ?? 0), Math.max(0, 100 - known)]);
    const people: (Outcome | null)[] = OUTCOME_KEYS.flatMap(([outcome], i) =>
      Array<Outcome | null>(counts[i] ?? 0).fill(outcome),
    );
    while (people.length < 10) people.push(null);
    const figures = OUTCOME_KEYS.map(([outcome, key], i): FigureLine => {
      const value = block[key];
      // Without its figure, the outcome is only named: the value beside it says "non publié".
      const sentence =
        value === null ? words.name[outcome] : words.outOfTen[outcome](counts[i] ?? 0);
      return percentLine(
        words,
        key,
        value,
        { outcome, label: sentence, line: words.line[outcome], bar: false },
        (p) => `${sentence} (${p})`,
      );
    });
    return [
      { kind: 'people', people },
      { kind: 'figures', title: null, layout: 'rows', figures },
    ];
  },
};

const lycee: ImageAudience = {
  headline: OUTCOME_KEYS.map(([, key]) => key),
  higher: false,
  sections(block, lang) {
    const words = IMAGE_WORDS[lang];
    return [
      { kind: 'figures', title: null, layout: 'rows', figures: outcomeRows(block, words) },
      employedAfter(block, words, [6, 12, 24]),
      ...salary(block, words),
    ];
  },
};

/** Stable employment is read at 12 months, like the salary; the nearest published horizon otherwise. */
const STABLE_HORIZONS = [12, 6, 18, 24, 30] as const;

const superieur: ImageAudience = {
  headline: ['taux_en_emploi_6_mois', 'taux_en_emploi_12_mois', 'taux_en_formation'],
  higher: true,
  sections(block, lang) {
    const words = IMAGE_WORDS[lang];
    const stableAt =
      STABLE_HORIZONS.find((months) => block[emploiStableShareKey(months)] !== null) ?? 12;
    const figures = [
      percentLine(
        words,
        'taux_en_formation',
        block.taux_en_formation,
        {
          outcome: 'formation',
          label: words.name.formation,
          line: words.line.formation,
          bar: true,
        },
        words.spoken.formation,
      ),
      percentLine(
        words,
        emploiStableShareKey(stableAt),
        block[emploiStableShareKey(stableAt)],
        { outcome: 'emploi', label: words.stable, line: words.stableLine(stableAt), bar: true },
        (p) => words.spokenStable(stableAt, p),
      ),
    ];
    return [
      employedAfter(block, words, [6, 12, 18, 24, 30]),
      { kind: 'figures', title: null, layout: 'rows', figures },
      ...salary(block, words),
    ];
  },
};

/** The images' audiences: the same records as the widget, drawn for each reader. */
export const IMAGE_AUDIENCES: Record<Audience, ImageAudience> = {
  '3eme': troisieme,
  lycee,
  superieur,
};
