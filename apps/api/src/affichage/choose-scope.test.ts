import { parseCertificationCode, type Scope } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { emptyNomenclature, testRow } from '../indicators/test-rows.js';
import { chooseScope } from './compute-affichage.js';

const CFD = '40025214';
const parsed = parseCertificationCode(CFD);
if (!parsed.ok) throw new Error(parsed.reason);
const code = parsed.value;
const UAI = '0010001W';
const REGION = { code: '84', libelle: 'Auvergne-Rhône-Alpes' };

type Kind = 'shown' | 'too_few' | 'not_published';
const FIGURES: Record<Kind, Partial<IndicatorRow>> = {
  shown: { nb_annee_term: 50, taux_en_formation: 40, taux_en_emploi_6_mois: 30 },
  too_few: { nb_annee_term: 12, raison_masquage: 'effectif_insuffisant' },
  not_published: { nb_annee_term: 60, raison_masquage: 'non_publie' },
};
const at = (scope: Scope, kind: Kind) =>
  testRow({
    scope,
    millesime: '2022_2023',
    filiere: 'apprentissage',
    code: CFD,
    cfd: CFD,
    code_type: 'CFD',
    region_code: scope === 'regional' ? REGION.code : null,
    uai: scope === 'formation' ? UAI : null,
    ...FIGURES[kind],
  });

function choose(rows: IndicatorRow[]) {
  return chooseScope({
    requested: [code],
    resolved: [
      { kind: 'final', requested: code, final: { code: CFD, cfd: CFD }, resolution: null },
    ],
    etablissement: { uai: UAI, libelle: null, hasOtherTrainings: false },
    region: REGION,
    rows,
    context: { nomenclature: emptyNomenclature(), etablissements: new Map(), today: '2025-03-15' },
  });
}

describe('chooseScope', () => {
  const cases: [string, IndicatorRow[], Scope | null, string[], boolean][] = [
    [
      'the establishment when it publishes',
      [at('formation', 'shown'), at('national', 'shown')],
      'formation',
      [],
      true,
    ],
    [
      'the region when the establishment has too few students',
      [at('formation', 'too_few'), at('regional', 'shown'), at('national', 'shown')],
      'regional',
      ['formation:effectif_insuffisant'],
      true,
    ],
    [
      'France when the establishment has nothing and the region publishes nothing',
      [at('regional', 'not_published'), at('national', 'shown')],
      'national',
      ['formation:absent', 'regional:non_publie'],
      true,
    ],
    [
      'the narrowest withheld scope, nothing passed over, when none publishes',
      [at('formation', 'too_few'), at('national', 'too_few')],
      'formation',
      [],
      false,
    ],
    [
      'no scope when no row exists',
      [],
      null,
      ['formation:absent', 'regional:absent', 'national:absent'],
      false,
    ],
  ];
  it.each(cases)('%s', (_, rows, scope, repli, publishable) => {
    const choice = choose(rows);
    expect(choice.scope).toBe(scope);
    expect(choice.repli.map((step) => `${step.scope}:${step.raison}`)).toEqual(repli);
    expect(choice.publishable).toBe(publishable);
    expect(choice.absence === null).toBe(scope !== null);
  });
});
