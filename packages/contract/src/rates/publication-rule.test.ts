import { describe, expect, it } from 'vitest';
import {
  hasAnyFigure,
  isPublishable,
  type PublicationFacts,
  publishableRowSql,
  withholdingReason,
  withholdingReasonSql,
} from './publication-rule.js';
import { SEUIL_EFFECTIF } from './threshold.js';

describe('withholdingReason', () => {
  const cases: [string, PublicationFacts, string | null][] = [
    [
      'the source’s reason wins',
      { source: 'non_publie', nb_annee_term: 80, figures: { taux_en_formation: 40 } },
      'non_publie',
    ],
    [
      '19 students withhold everything',
      { nb_annee_term: 19, figures: { taux_en_formation: 40 } },
      'effectif_insuffisant',
    ],
    [
      '20 students with a rate are shown',
      { nb_annee_term: 20, figures: { taux_en_formation: 40 } },
      null,
    ],
    [
      'enough students but no figure: not published',
      { nb_annee_term: 50, figures: {} },
      'non_publie',
    ],
    [
      'no count, a rate over leavers: shown',
      { nb_annee_term: null, figures: { taux_emploi_sortants_6_mois: 61 } },
      null,
    ],
    [
      'no count, a salary median: shown',
      { nb_annee_term: null, figures: { salaire_12_mois_q2: 1600 } },
      null,
    ],
    [
      'no count and nothing published',
      { nb_annee_term: null, figures: { taux_en_formation: null } },
      'non_publie',
    ],
    ['zero students', { nb_annee_term: 0, figures: {} }, 'effectif_insuffisant'],
  ];
  it.each(cases)('%s', (_, facts, expected) => {
    expect(withholdingReason(facts)).toBe(expected);
  });
});

describe('isPublishable', () => {
  const cases: [string, Parameters<typeof isPublishable>, boolean][] = [
    ['a shown rate, not withheld', [null, { taux_en_emploi_12_mois: 50 }], true],
    ['withheld despite a rate', ['effectif_insuffisant', { taux_en_formation: 30 }], false],
    ['a masquage record', [{ raison: 'non_publie' }, { taux_en_formation: 30 }], false],
    ['no rate a reader is shown first', [null, { taux_en_formation: null }], false],
  ];
  it.each(cases)('%s', (_, args, expected) => {
    expect(isPublishable(...args)).toBe(expected);
  });
});

describe('hasAnyFigure', () => {
  it('treats null and missing keys alike', () => {
    expect(hasAnyFigure({ a: null }, ['a', 'b'])).toBe(false);
    expect(hasAnyFigure({ a: null, b: 0 }, ['a', 'b'])).toBe(true);
  });
});

describe('SQL built from the rule', () => {
  it('uses the threshold and only the figures the query has', () => {
    const sql = withholdingReasonSql('x.t', (key) =>
      key === 'taux_en_formation' ? `x.${key}` : null,
    );
    expect(sql).toContain(`x.t < ${SEUIL_EFFECTIF}`);
    expect(sql).toContain('x.taux_en_formation is not null');
    expect(sql).not.toContain('salaire');
  });

  it('says a query without any figure never publishes', () => {
    expect(withholdingReasonSql('t', () => null)).toContain('when false then null');
  });

  it('names the alias in the publishable filter', () => {
    const sql = publishableRowSql('r');
    expect(sql).toContain(`r.nb_annee_term >= ${SEUIL_EFFECTIF}`);
    expect(sql).toContain('r.taux_emploi_sortants_6_mois is not null');
  });
});
