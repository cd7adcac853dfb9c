/** Short ways to write the demo cases' expectations. */
import type { Filiere, RaisonMasquage } from '@inserjeunes/contract';
import { ETABLISSEMENTS } from './etablissements.js';
import type { Attendu, BlocAttendu } from './etat-demo.js';

export const IJ = '2022_2023';
export const SUP = '2022';
export const LATER = ['nb_en_emploi_12_mois', 'nb_en_emploi_18_mois', 'nb_en_emploi_24_mois'];
export const NO_SALARY = ['salaire_12_mois_q2'];

export const bloc = (
  filiere: Filiere,
  manquants: readonly string[] = [],
  masquage: RaisonMasquage | null = null,
): BlocAttendu => ({ filiere, masquage, manquants });
export const both = (manquants: readonly string[] = []) => [
  bloc('scolaire', manquants),
  bloc('apprentissage', manquants),
];
export const self = (code: string) => ({ code, type: 'self' as const });
export const ancienne = (code: string) => ({ code, type: 'ancienne' as const });

export function attendu(values: Partial<Attendu>): Attendu {
  return {
    scope: null,
    repli: [],
    millesime: null,
    filieres: [],
    formation_fermee: false,
    donnee_source: null,
    agregat_regional: false,
    resolution: null,
    absence: null,
    erreur: null,
    ...values,
  };
}

export const at = (id: keyof typeof ETABLISSEMENTS) => ({
  uai: ETABLISSEMENTS[id].uai,
  region: ETABLISSEMENTS[id].region,
});
export const national = { uai: null, region: null };
