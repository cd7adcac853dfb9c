import type { Audience, Filiere } from '@inserjeunes/contract';
import type { BlockFigures } from '../audiences/audience-view.js';

/**
 * The figures drawn, invisible, while the answer is on its way: the layout of typical
 * figures, so the widget takes its final height at once and nothing moves when data
 * arrive. Salaries are only published nationally, so they are expected only when neither
 * an establishment nor a region is asked for.
 */
export function placeholderBlock(
  audience: Audience,
  { filiere, salary }: { filiere: Filiere; salary: boolean },
): BlockFigures {
  const wages = salary && audience !== '3eme';
  return {
    filiere,
    diplome: null,
    taux_en_emploi_6_mois: 40,
    taux_en_emploi_12_mois: 45,
    taux_en_emploi_18_mois: 50,
    taux_en_emploi_24_mois: 55,
    taux_en_emploi_30_mois: 60,
    taux_en_formation: 35,
    taux_autres_6_mois: 25,
    part_emploi_stable_6_mois: null,
    part_emploi_stable_12_mois: 50,
    part_emploi_stable_18_mois: null,
    part_emploi_stable_24_mois: null,
    part_emploi_stable_30_mois: null,
    salaire_12_mois_q1: wages ? 1500 : null,
    salaire_12_mois_q2: wages ? 1800 : null,
    salaire_12_mois_q3: wages ? 2100 : null,
  };
}
