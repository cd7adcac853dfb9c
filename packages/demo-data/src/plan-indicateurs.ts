import type { Filiere } from '@inserjeunes/contract';
import type { EtablissementId } from './etablissements.js';
import type { RegionDemo } from './territoires.js';

/**
 * What a row leaves unpublished: the later horizons, the 30-month horizon, the salaries, or
 * everything but the number of students (a row the source published without figures).
 */
export type Omission = 'emploi_12_a_24' | 'emploi_30' | 'salaires' | 'tout_sauf_effectif';

export interface FormationPrevue {
  etablissement: EtablissementId;
  /** Students in the final year for the latest millésime. */
  effectif: number;
  omissions?: readonly Omission[];
}

/**
 * The figures of one diploma by one route: how many students nationally, in each demo
 * region and at which establishments. Numbers are for the latest millésime; the earlier one
 * varies around them without crossing the threshold of 20 students.
 */
export interface SeriePrevue {
  /** CFD or SISE; school-route rows use the diploma's final-year MEFSTAT11. */
  diplome: string;
  filiere: Filiere;
  /** null: no national row, so the national figures are the sum of the regional ones. */
  national: number | null;
  /** Explicit regional sizes, or none; by default every demo region gets its share. */
  regions?: Partial<Record<RegionDemo, number>> | 'aucune';
  formations?: readonly FormationPrevue[];
  omissionsNational?: readonly Omission[];
}

const s = (
  diplome: string,
  filiere: Filiere,
  national: number | null,
  rest: Omit<SeriePrevue, 'diplome' | 'filiere' | 'national'> = {},
): SeriePrevue => ({ diplome, filiere, national, ...rest });

/**
 * The demo's figures. Each line is there for a widget state listed in `cas-demo.ts`; the
 * comments say which.
 */
export const PLAN_INDICATEURS: readonly SeriePrevue[] = [
  // CAP électricien: both routes at the Canuts lycée (two tabs; first-year resolution).
  s('50025524', 'scolaire', 9800, {
    formations: [
      { etablissement: 'canuts', effectif: 34 },
      { etablissement: 'plaine', effectif: 28 },
    ],
  }),
  s('50025524', 'apprentissage', 7400, { formations: [{ etablissement: 'canuts', effectif: 24 }] }),
  // CAP cuisine (closed 2025): the predecessor whose figures its renewal 50022146 carries.
  s('50022139', 'scolaire', 4600),
  s('50022139', 'apprentissage', 12500, {
    formations: [{ etablissement: 'cfaRhone', effectif: 64 }],
  }),
  // CAP constructeur bois: a closed diploma still showing its last promotions.
  s('50023440', 'scolaire', 620),
  s('50023440', 'apprentissage', 480, {
    regions: { '84': 66, '11': 24, '93': 31, '32': 45, '53': 64 },
    formations: [{ etablissement: 'cfaVilaine', effectif: 27 }],
  }),
  s('50022137', 'scolaire', 700),
  s('50022137', 'apprentissage', 10200, {
    formations: [{ etablissement: 'cfaRhone', effectif: 88 }],
  }),
  // CAP équipier polyvalent du commerce: partial figures at the Vieux-Port lycée.
  s('50031224', 'scolaire', 12000, {
    formations: [{ etablissement: 'vieuxPort', effectif: 31, omissions: ['emploi_12_a_24'] }],
  }),
  s('50031224', 'apprentissage', 4100),
  // CAP tournage en céramique: too few at the lycée and in the region, enough nationally.
  s('50022421', 'scolaire', 46, {
    regions: { '32': 12, '84': 15 },
    formations: [{ etablissement: 'beffrois', effectif: 7 }],
  }),
  // CAP modèles et moules céramiques: too few students at every scope.
  s('50022420', 'scolaire', 13, {
    regions: { '93': 6 },
    formations: [{ etablissement: 'vieuxPort', effectif: 5 }],
  }),
  // Bac pro cuisine: figures at the Canuts lycée (school route only there).
  s('40022106', 'scolaire', 8900, { formations: [{ etablissement: 'canuts', effectif: 41 }] }),
  s('40022106', 'apprentissage', 1700, {
    formations: [{ etablissement: 'cfaRhone', effectif: 23 }],
  }),
  s('40033403', 'scolaire', 6600, { formations: [{ etablissement: 'canuts', effectif: 29 }] }),
  s('40033403', 'apprentissage', 1000),
  // Réparation des carrosseries: the predecessor of 40025412, both routes at the Vieux-Port.
  s('40025408', 'scolaire', 2400, { formations: [{ etablissement: 'vieuxPort', effectif: 38 }] }),
  s('40025408', 'apprentissage', 1050, {
    formations: [{ etablissement: 'vieuxPort', effectif: 22 }],
  }),
  // Métiers du commerce et de la vente A: withheld at the Beffrois, shown for the region.
  s('40031213', 'scolaire', 15800, { formations: [{ etablissement: 'beffrois', effectif: 14 }] }),
  s('40031213', 'apprentissage', 3100, {
    formations: [{ etablissement: 'beffrois', effectif: 9 }],
  }),
  // AGOrA: published without figures at the Plaine lycée, so the region answers.
  s('40030004', 'scolaire', 8800, {
    formations: [{ etablissement: 'plaine', effectif: 34, omissions: ['tout_sauf_effectif'] }],
  }),
  s('40030004', 'apprentissage', 220),
  // BP boulanger: apprenticeship only.
  s('45022108', 'apprentissage', 2100, {
    formations: [{ etablissement: 'cfaRhone', effectif: 36 }],
  }),
  // BP fleuriste (closed 2023): carried over to its renewal 45031207.
  s('45031206', 'apprentissage', 1100, {
    formations: [{ etablissement: 'cfaVilaine', effectif: 21 }],
  }),
  // BTS MCO: both routes at the Canal lycée, salaries nationally.
  s('32031213', 'scolaire', 11500, { formations: [{ etablissement: 'canal', effectif: 48 }] }),
  s('32031213', 'apprentissage', 14200, { formations: [{ etablissement: 'canal', effectif: 36 }] }),
  s('32031212', 'scolaire', 11000, { formations: [{ etablissement: 'canal', effectif: 44 }] }),
  s('32031212', 'apprentissage', 10100),
  // BTS SIO SISR: school route only at the Canal lycée.
  s('32032613', 'scolaire', 2900, { formations: [{ etablissement: 'canal', effectif: 27 }] }),
  s('32032613', 'apprentissage', 1700),
  // BTS comptabilité et gestion: withheld at the Canal lycée (both routes), region shown.
  s('32031408', 'scolaire', 14600, { formations: [{ etablissement: 'canal', effectif: 12 }] }),
  s('32031408', 'apprentissage', 4300, { formations: [{ etablissement: 'canal', effectif: 8 }] }),
  // BTS SAM: 6 months only at the Canal lycée, no salary published nationally.
  s('32032409', 'scolaire', 9100, {
    formations: [{ etablissement: 'canal', effectif: 33, omissions: ['emploi_12_a_24'] }],
    omissionsNational: ['salaires'],
  }),
  s('32032409', 'apprentissage', 3400, { omissionsNational: ['salaires'] }),
  // BTS tourisme: regional rows only, so the national figures are their sum.
  s('32033426', 'scolaire', null, {
    regions: { '84': 520, '11': 610, '93': 480, '32': 260, '53': 190 },
  }),
  s('32033426', 'apprentissage', null, {
    regions: { '84': 110, '11': 160, '93': 90, '32': 40, '53': 30 },
  }),
  // BTS ESF (closed 2023): carried over to its renewal 32033206.
  s('32033204', 'scolaire', 5800),
  s('32033204', 'apprentissage', 330),
  s('32031103', 'scolaire', 1250),
  s('32031103', 'apprentissage', 1050, {
    formations: [{ etablissement: 'cfaRhone', effectif: 25 }],
  }),
  // Mentions complémentaires (closed 2024, replaced by certificats de spécialisation).
  s('01022105', 'scolaire', 1000),
  s('01022105', 'apprentissage', 1350, {
    formations: [{ etablissement: 'cfaRhone', effectif: 30 }],
  }),
  s('01034401', 'scolaire', 140),
  // Licence pro: InserSup figures from 6 to 30 months at the Baie des Anges university.
  s('2400074', 'superieur', 420, {
    regions: 'aucune',
    formations: [
      { etablissement: 'baieDesAnges', effectif: 96 },
      { etablissement: 'confluent', effectif: 58 },
    ],
  }),
  // Same title, other code: withheld at the Confluent university, national shown.
  s('2400075', 'superieur', 180, {
    regions: 'aucune',
    formations: [{ etablissement: 'confluent', effectif: 16 }],
  }),
  // Master MEEF: no 30-month horizon at the university, no salary nationally.
  s('2500249', 'superieur', 1900, {
    regions: 'aucune',
    formations: [{ etablissement: 'baieDesAnges', effectif: 81, omissions: ['emploi_30'] }],
    omissionsNational: ['salaires'],
  }),
];
