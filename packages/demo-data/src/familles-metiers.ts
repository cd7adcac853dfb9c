/** One row of the BCN families file (`familleMetiers.csv`): a seconde commune and one speciality. */
export interface FamilleMetiersSpecialite {
  famille: string;
  specialite: string;
  mefstat11Commun: string;
  cfdCommun: string;
  mefstat11Specialite: string;
  cfdSpecialite: string;
  codeMinistereTutelle: string;
}

const HOTELLERIE = "Métiers de l'hôtellerie-restauration";

/** The famille de métiers of the demo: its seconde commune leads to two bac pro specialities. */
export const FAMILLES_METIERS: readonly FamilleMetiersSpecialite[] = [
  {
    famille: HOTELLERIE,
    specialite: 'Cuisine',
    mefstat11Commun: '23810033404',
    cfdCommun: '40033404',
    mefstat11Specialite: '23830022106',
    cfdSpecialite: '40022106',
    codeMinistereTutelle: '06',
  },
  {
    famille: HOTELLERIE,
    specialite: 'Commercialisation et services en restauration',
    mefstat11Commun: '23810033404',
    cfdCommun: '40033404',
    mefstat11Specialite: '23830033403',
    cfdSpecialite: '40033403',
    codeMinistereTutelle: '06',
  },
];
