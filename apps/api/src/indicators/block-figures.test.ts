import { describe, expect, it } from 'vitest';
import { blockFigures, hasPublishableFigures } from './build-indicateur.js';
import type { IndicatorRow } from './indicator-row.js';
import { emptyNomenclature, testRow } from './test-rows.js';

const row = (fields: Partial<IndicatorRow>) =>
  testRow({
    scope: 'regional',
    millesime: '2022_2023',
    filiere: 'scolaire',
    code: '40025214',
    ...fields,
  });
const counts = (term: number, poursuite: number, emploi: number) => ({
  nb_annee_term: term,
  nb_poursuite_etudes: poursuite,
  nb_en_emploi_6_mois: emploi,
});

describe('blockFigures', () => {
  const cases: [string, IndicatorRow[], string | null, number | null, boolean][] = [
    [
      'one row keeps its published rate',
      [row({ ...counts(40, 10, 12), taux_en_formation: 26 })],
      null,
      26,
      true,
    ],
    ['one row without rates gets them from its counts', [row(counts(40, 10, 12))], null, 25, true],
    [
      'the stored reason withholds every rate',
      [row({ ...counts(40, 10, 12), raison_masquage: 'non_publie' })],
      'non_publie',
      null,
      false,
    ],
    [
      'too few students withhold the rates',
      [row(counts(19, 10, 5))],
      'effectif_insuffisant',
      null,
      false,
    ],
    [
      'several rows are summed, rates recomputed',
      [row(counts(15, 5, 5)), row(counts(25, 5, 10))],
      null,
      25,
      true,
    ],
    [
      'several rows under the threshold together',
      [row(counts(9, 3, 3)), row(counts(10, 3, 3))],
      'effectif_insuffisant',
      null,
      false,
    ],
    [
      'rows without the headline counts are not summed',
      [row({ nb_annee_term: 30 }), row({ nb_annee_term: 40 })],
      'non_publie',
      null,
      false,
    ],
    [
      'no count, a rate over leavers: shown',
      [row({ taux_emploi_sortants_6_mois: 55 })],
      null,
      null,
      true,
    ],
  ];
  it.each(cases)('%s', (_, rows, raison, formation, publishable) => {
    const figures = blockFigures(rows, emptyNomenclature());
    expect(figures.raison).toBe(raison);
    expect(figures.values.taux_en_formation).toBe(formation);
    expect(hasPublishableFigures(figures)).toBe(publishable);
  });

  it('keeps the count of final-year students of a withheld block, and only it', () => {
    const figures = blockFigures([row(counts(12, 4, 4))], emptyNomenclature());
    expect(figures.values.nb_annee_term).toBe(12);
    expect(figures.values.nb_poursuite_etudes).toBeNull();
  });
});
