import type { Distribution } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { distributionsByLevel } from './distribution-section.js';

const entry = (
  niveau: string,
  region: string | null,
  indicateur: Distribution['indicateur'],
): Distribution => ({
  niveau: { code: niveau === 'CAP' ? '500' : '400', libelle: niveau },
  perimetre: region === null ? 'national' : 'regional',
  region: region === null ? null : { code: '53', libelle: region },
  filiere: 'scolaire',
  millesime: '2022_2023',
  indicateur,
  nb_formations: 12,
  q1: 30,
  mediane: 40,
  q3: 50,
});

describe('the statistics page’s distributions', () => {
  it('shows employment at 6 months, one table per diploma level, places in the API’s order', () => {
    const levels = distributionsByLevel({
      millesime: '2022_2023',
      minimum: 5,
      distributions: [
        entry('BAC PRO', null, 'taux_en_emploi_6_mois'),
        entry('BAC PRO', null, 'taux_en_formation'),
        entry('BAC PRO', 'Bretagne', 'taux_en_emploi_6_mois'),
        entry('CAP', null, 'taux_en_emploi_6_mois'),
      ],
    });
    expect(
      levels.map(([level, entries]) => [level, entries.map((e) => e.region?.libelle ?? 'France')]),
    ).toEqual([
      ['BAC PRO', ['France', 'Bretagne']],
      ['CAP', ['France']],
    ]);
  });

  it('has nothing to show when no distribution has enough trainings', () => {
    expect(distributionsByLevel({ millesime: null, minimum: 5, distributions: [] })).toEqual([]);
  });
});
