import { COUNT_KEYS, type Filiere, type Indicateur, RATE_KEYS } from '@inserjeunes/contract';

/** A national record with no figure at all, to fill in. */
export function emptyIndicateur(filiere: Filiere, millesime: string): Indicateur {
  const nulls = Object.fromEntries([...COUNT_KEYS, ...RATE_KEYS].map((key) => [key, null]));
  return {
    scope: 'national',
    millesime,
    filiere,
    code_certification: null,
    code_certification_type: null,
    code_formation_diplome: null,
    libelle: null,
    diplome: null,
    formation_fermee: false,
    date_fermeture: null,
    region: null,
    etablissement: null,
    donnee_source: { code: '', type: 'self' },
    agregat_regional: false,
    codes_sommes: null,
    resolution: null,
    masquage: null,
    ...(nulls as Pick<Indicateur, (typeof COUNT_KEYS)[number] | (typeof RATE_KEYS)[number]>),
    taux_emploi_sortants_6_mois: null,
    taux_emploi_sortants_12_mois: null,
    taux_emploi_sortants_18_mois: null,
    taux_emploi_sortants_24_mois: null,
    taux_emploi_attendu_6_mois: null,
    valeur_ajoutee_6_mois: null,
    part_contrats_interrompus: null,
    salaire_12_mois_q1: null,
    salaire_12_mois_q2: null,
    salaire_12_mois_q3: null,
    provenance: [],
  };
}
