import type {
  Affichage,
  ComparaisonFigure,
  ComparedKey,
  ContexteFiliere,
  Filiere,
  Lang,
} from '@inserjeunes/contract';
import axe from 'axe-core';
import { Chart } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { affichage, lyceeAffichage, superieurAffichage } from '../testing/fixtures.js';
import { mount, shadow, textOf } from '../testing/mount.js';
import { stubApi } from '../testing/stub-api.js';
import { formatEuros, formatPercent } from '../words/number-format.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

type Quartiles = [ComparaisonFigure['position'], number, number, number, number];

/** A filière's context: the figures compared in the region, `[position, value, q1, median, q3]` each. */
function contexte(
  filiere: Filiere,
  figures: Partial<Record<ComparedKey, Quartiles>>,
  extra: Partial<ContexteFiliere> = {},
): ContexteFiliere {
  return {
    filiere,
    millesime: '2022_2023',
    nb_annee_term: 148,
    nb_sortant: 96,
    promotions: [2022, 2023],
    niveau: { code: '400', libelle: 'BAC PRO' },
    comparaison: Object.entries(figures).map(([key, [position, valeur, q1, mediane, q3]]) => ({
      indicateur: key as ComparedKey,
      perimetre: 'regional' as const,
      region: { code: '53', libelle: 'Bretagne' },
      nb_formations: 12,
      valeur,
      q1,
      mediane,
      q3,
      position,
    })),
    evolution: [],
    ...extra,
  };
}

/** Nothing to compare: too few similar trainings. */
function alone(filiere: Filiere): ContexteFiliere {
  return {
    ...contexte(filiere, {}),
    comparaison: [
      {
        indicateur: 'taux_en_emploi_6_mois',
        perimetre: 'regional',
        region: { code: '53', libelle: 'Bretagne' },
        nb_formations: 3,
        valeur: 38,
        q1: null,
        mediane: null,
        q3: null,
        position: 'comparaison_impossible',
      },
    ],
  };
}

const WORDS = {
  fr: {
    more: 'Plus que la plupart des formations du même niveau de la région.',
    less: 'Moins que la plupart des formations du même niveau de la région.',
    pupils: 'sur 148 élèves',
    nothing: 'Pas assez de formations semblables pour comparer',
    band: (m: string, q1: string, q3: string) =>
      `Parmi 12 formations semblables de la région : médiane ${m}, moitié du milieu de ${q1} à ${q3} ; celle-ci est dans la moitié du milieu.`,
    legend: 'moitié du milieu des formations semblables',
  },
  en: {
    more: 'More than most trainings of the same level in the region.',
    less: 'Less than most trainings of the same level in the region.',
    pupils: 'out of 148 students',
    nothing: 'Not enough similar trainings to compare',
    band: (m: string, q1: string, q3: string) =>
      `Among 12 similar trainings in the region: median ${m}, middle half from ${q1} to ${q3}; this one is in the middle half.`,
    legend: 'middle half of similar trainings',
  },
} as const;

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectAccessible(element: Element) {
  const result = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_21_AA } });
  expect(result.violations.map((v) => v.id)).toEqual([]);
}

async function show(body: Affichage, code: string, audience: string, lang: Lang) {
  stubApi(() => ({ status: 200, body }));
  const element = await mount({ code, audience, lang });
  // The figures in context are a chunk of their own, drawn once it is here.
  await element.chartsComplete;
  await element.updateComplete;
  return element;
}

describe.each(['fr', 'en'] as const)('figures in context, in %s', (lang) => {
  const words = WORDS[lang];
  // The rendered text collapses every space, no-break ones included.
  const pct = (value: number) => formatPercent(value, lang).replace(/\s+/g, ' ');
  const euros = (value: number) => formatEuros(value, lang).replace(/\s+/g, ' ');

  it('3eme: one sentence per outcome situates it, and the footer says how many pupils', async () => {
    const body = affichage({
      contexte: [
        contexte('scolaire', {
          taux_en_emploi_6_mois: ['quart_superieur', 38, 20, 25, 30],
          taux_en_formation: ['quart_inferieur', 35, 40, 45, 50],
        }),
        contexte('apprentissage', {}),
      ],
    });
    const element = await show(body, '40025214', '3eme', lang);
    const text = textOf(element);
    expect(text).toContain(words.more);
    expect(text).toContain(words.less);
    expect(text).toContain(words.pupils);
    expect(shadow(element).querySelector('svg.band')).toBeNull();
    await expectAccessible(element);
  });

  it('lycee: the middle half as a band with the median marked, said in words, and a legend', async () => {
    const body = lyceeAffichage({
      contexte: [
        contexte('scolaire', { taux_en_emploi_6_mois: ['moitie_centrale', 17, 12, 18, 30] }),
        contexte('apprentissage', { taux_en_emploi_6_mois: ['moitie_centrale', 58, 40, 50, 60] }),
      ],
    });
    const element = await show(body, '32031213', 'lycee', lang);
    const text = textOf(element);
    expect(text).toContain(words.band(pct(18), pct(12), pct(30)));
    expect(text).toContain(words.legend);
    const band = shadow(element).querySelector('.band-middle');
    expect(band?.getAttribute('x')).toBe('12%');
    expect(band?.getAttribute('width')).toBe('18%');
    expect(shadow(element).querySelector('.band-median')?.getAttribute('x')).toBe('18%');
    await expectAccessible(element);
  });

  it('superieur: a band on employment at 12 months and on the median salary, and the leavers', async () => {
    const body = superieurAffichage({
      contexte: [
        contexte(
          'superieur',
          {
            taux_en_emploi_12_mois: ['moitie_centrale', 74, 60, 70, 80],
            salaire_12_mois_q2: ['moitie_centrale', 2350, 2000, 2300, 2600],
          },
          { niveau: null },
        ),
      ],
    });
    const element = await show(body, '2400074', 'superieur', lang);
    const text = textOf(element);
    expect(text).toContain(words.band(pct(70), pct(60), pct(80)));
    expect(text).toContain(words.band(euros(2300), euros(2000), euros(2600)));
    expect(text).toContain(
      lang === 'fr' ? 'dont 96 sortis des études' : 'of whom 96 left education',
    );
    expect(shadow(element).querySelectorAll('svg.band')).toHaveLength(2);
    await expectAccessible(element);
  });

  it.each([
    [
      '3eme',
      '40025214',
      () => affichage({ contexte: [alone('scolaire'), alone('apprentissage')] }),
    ],
    [
      'lycee',
      '32031213',
      () => lyceeAffichage({ contexte: [alone('scolaire'), alone('apprentissage')] }),
    ],
    ['superieur', '2400074', () => superieurAffichage({ contexte: [alone('superieur')] })],
  ])(
    '%s: with too few similar trainings, says so once per filière, kindly',
    async (audience, code, body) => {
      const element = await show(body(), code, audience, lang);
      const said = textOf(element).split(words.nothing).length - 1;
      const blocks = shadow(element).querySelectorAll(
        '[role="tabpanel"]:not([hidden]), .blocks > .block',
      ).length;
      expect(said).toBe(Math.max(1, blocks));
      expect(shadow(element).querySelector('svg.band')).toBeNull();
      await expectAccessible(element);
    },
  );
});

describe('superieur: earlier promotions', () => {
  it.each(['fr', 'en'] as const)(
    'draws them as lighter lines and says their figures, in %s',
    async (lang) => {
      const point = (millesime: string, e6: number, e12: number) => ({
        millesime,
        nb_annee_term: 150,
        taux_en_emploi_6_mois: e6,
        taux_en_emploi_12_mois: e12,
        taux_en_emploi_18_mois: null,
        taux_en_emploi_24_mois: null,
        taux_en_emploi_30_mois: null,
        taux_en_formation: 10,
        salaire_12_mois_q2: null,
      });
      const body = superieurAffichage({
        contexte: [
          contexte(
            'superieur',
            {},
            { evolution: [point('2020_2021', 51, 66), point('2022_2023', 62, 74)] },
          ),
        ],
      });
      const element = await show(body, '2400074', 'superieur', lang);
      const canvas = shadow(element).querySelector('canvas') as HTMLCanvasElement;
      const chart = Chart.getChart(canvas);
      expect(chart?.data.datasets.map((set) => set.data)).toEqual([
        [62, 74, 80, 83, 85],
        [51, 66, null, null, null],
      ]);
      const words = shadow(element).querySelector('.previous')?.textContent?.replace(/\s+/g, ' ');
      expect(words).toContain(
        lang === 'fr'
          ? 'Lignes claires : les promotions précédentes. promotions 2020 et 2021 : 6 mois 51 %, 12 mois 66 %'
          : 'Light lines: the previous classes.',
      );
      expect(words).toContain('51');
      await expectAccessible(element);
    },
  );
});

describe('lycee: employment over the millésimes', () => {
  const point = (millesime: string, e6: number | null) => ({
    millesime,
    nb_annee_term: 150,
    taux_en_emploi_6_mois: e6,
    taux_en_emploi_12_mois: null,
    taux_en_emploi_18_mois: null,
    taux_en_emploi_24_mois: null,
    taux_en_emploi_30_mois: null,
    taux_en_formation: 20,
    salaire_12_mois_q2: null,
  });

  it.each([
    ['fr', ['promotions 2020 et 2021 : 40 %', 'promotions 2022 et 2023 : 55 %']],
    ['en', ['classes of 2020 and 2021: 40%', 'classes of 2022 and 2023: 55%']],
  ] as const)(
    'draws a small line with a point per millésime, said as text, in %s',
    async (lang, said) => {
      const body = lyceeAffichage({
        contexte: [
          contexte(
            'scolaire',
            {},
            {
              evolution: [point('2020_2021', 40), point('2021_2022', null), point('2022_2023', 55)],
            },
          ),
          contexte('apprentissage', {}, { evolution: [point('2022_2023', 60)] }),
        ],
      });
      const element = await show(body, '32031213', 'lycee', lang);
      const trends = shadow(element).querySelectorAll('.trend');
      // The apprenticeship holds one millésime only: no trend there.
      expect(trends).toHaveLength(1);
      const trend = trends[0] as Element;
      expect(trend.querySelector('.small-bars, .bar')).toBeNull();
      // Two points, from 40 % up to 55 %, on the bars' scale of 0 to 100 %: the second higher.
      expect(trend.querySelector('polyline')?.getAttribute('points')).toBe('18,46.4 222,38.3');
      expect(trend.querySelectorAll('circle')).toHaveLength(2);
      expect(trend.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
      const values = [...trend.querySelectorAll('.trend-value')].map((text) => text.textContent);
      expect(values).toEqual([formatPercent(40, lang), formatPercent(55, lang)]);
      const items = [...trend.querySelectorAll('.sr li')].map((li) =>
        li.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(items).toEqual(said);
      await expectAccessible(element);
    },
  );
});
