/** A level of the BCN table `N_NIVEAU_FORMATION_DIPLOME` (facts of the BCN). */
export interface NiveauFormation {
  code: string;
  niveauInterministeriel: string;
  libelleCourt: string;
  libelle100: string;
  ancienNiveau: string;
  niveauQualificationRncp: string;
}

/** The levels of the demo's diplomas. */
export const NIVEAUX_FORMATION: readonly NiveauFormation[] = [
  {
    code: '500',
    niveauInterministeriel: '5',
    libelleCourt: 'CAP',
    libelle100: "CERTIFICAT D'APTITUDE PROFESSIONNELLE",
    ancienNiveau: '50',
    niveauQualificationRncp: '03',
  },
  {
    code: '400',
    niveauInterministeriel: '4',
    libelleCourt: 'BAC PRO',
    libelle100: 'BAC PROFESSIONNEL',
    ancienNiveau: '40',
    niveauQualificationRncp: '04',
  },
  {
    code: '450',
    niveauInterministeriel: '4',
    libelleCourt: 'BP',
    libelle100: 'BREVET PROFESSIONNEL',
    ancienNiveau: '45',
    niveauQualificationRncp: '04',
  },
  {
    code: '320',
    niveauInterministeriel: '3',
    libelleCourt: 'BTS',
    libelle100: 'BREVET DE TECHNICIEN SUPERIEUR',
    ancienNiveau: '32',
    niveauQualificationRncp: '05',
  },
  {
    code: '010',
    niveauInterministeriel: '0',
    libelleCourt: 'MC',
    libelle100: 'MENTION COMPLEMENTAIRE',
    ancienNiveau: '52',
    niveauQualificationRncp: 'XX',
  },
];
