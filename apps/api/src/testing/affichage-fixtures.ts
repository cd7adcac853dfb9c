import {
  type Affichage,
  COUNT_KEYS,
  type Filiere,
  type Indicateur,
  RATE_KEYS,
} from '@inserjeunes/contract';

/** A record with every figure missing, to fill in (tests of the drawing). */
export function record(filiere: Filiere, figures: Partial<Indicateur> = {}): Indicateur {
  const nulls = Object.fromEntries([...COUNT_KEYS, ...RATE_KEYS].map((key) => [key, null]));
  return {
    scope: 'national',
    millesime: '2022_2023',
    filiere,
    code_certification: '50022135',
    code_certification_type: 'CFD',
    code_formation_diplome: '50022135',
    libelle: 'CAP cuisine',
    diplome: { code: '500', libelle: 'CAP' },
    formation_fermee: false,
    date_fermeture: null,
    region: null,
    etablissement: null,
    donnee_source: { code: '50022135', type: 'self' },
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
    ...figures,
  };
}

/** An answer of `/affichage` around `filieres`, national and without notices unless overridden. */
export function affichage(filieres: Indicateur[], overrides: Partial<Affichage> = {}): Affichage {
  return {
    codes: ['50022135'],
    libelle: 'CAP cuisine',
    audience_suggeree: '3eme',
    scope: 'national',
    repli: [],
    region: null,
    etablissement: null,
    millesime: '2022_2023',
    formation_fermee: false,
    filieres,
    seconde_commune: null,
    absence: null,
    ...overrides,
  };
}

const FULL: Partial<Indicateur> = {
  nb_annee_term: 120,
  taux_en_emploi_6_mois: 45,
  taux_en_formation: 25,
  taux_autres_6_mois: 30,
  taux_en_emploi_12_mois: 50,
  taux_en_emploi_18_mois: 53,
  taux_en_emploi_24_mois: 55,
  taux_en_emploi_30_mois: 58,
  part_emploi_stable_12_mois: 61,
  salaire_12_mois_q1: 1450,
  salaire_12_mois_q2: 1620,
  salaire_12_mois_q3: 1800,
};

const FEW = {
  masquage: { raison: 'effectif_insuffisant', seuil: 20, message: 'Moins de 20 élèves.' },
  nb_annee_term: 12,
} as const;

/** One answer per state the widget draws, for the drawing's tests. */
export const AFFICHAGE_STATES: Record<string, Affichage> = {
  figures: affichage([
    record('scolaire', {
      ...FULL,
      nb_annee_term: 200,
      taux_en_emploi_6_mois: 25,
      taux_en_formation: 45,
    }),
    record('apprentissage', FULL),
  ]),
  partiel: affichage([
    record('apprentissage', { ...FULL, taux_en_emploi_12_mois: null, taux_autres_6_mois: null }),
  ]),
  masque: affichage([record('scolaire', FEW)], { audience_suggeree: 'lycee' }),
  repli: affichage([record('apprentissage', { ...FULL, scope: 'regional' })], {
    scope: 'regional',
    region: { code: '84', libelle: 'Auvergne-Rhône-Alpes' },
    etablissement: { uai: '0010001W', libelle: 'Lycée de Bourg' },
    repli: [{ scope: 'formation', raison: 'effectif_insuffisant' }],
  }),
  ferme: affichage(
    [record('apprentissage', { ...FULL, formation_fermee: true, date_fermeture: '2023-08-31' })],
    { formation_fermee: true },
  ),
  sans_donnees: affichage([], {
    scope: null,
    millesime: null,
    repli: [{ scope: 'national', raison: 'absent' }],
    absence: { raison: 'nouveau_diplome', message: 'Diplôme récent.' },
  }),
  seconde_commune: affichage([record('scolaire', FULL)], {
    libelle: 'Seconde commune des métiers de la construction',
    seconde_commune: {
      seconde_commune: { code: '23810020006', libelle: 'Seconde commune', famille: 'Construction' },
      specialites: [
        { code: '23830023102', libelle: 'Bac pro travaux publics' },
        { code: '23830023207', libelle: 'Bac pro couverture' },
      ],
    },
  }),
  demonstration: affichage([
    record('scolaire', {
      ...FULL,
      donnee_source: { code: '50022100', type: 'ancienne' },
      provenance: [
        {
          jeu_de_donnees: 'indicateurs-csv',
          libelle: 'Démo',
          fichier: null,
          importe_le: '2025-01-01',
          fictif: true,
        },
      ],
    }),
  ]),
  superieur: affichage([record('superieur', { ...FULL, code_certification_type: 'SISE' })], {
    codes: ['2400074'],
    libelle: 'Master chimie',
    audience_suggeree: 'superieur',
  }),
};
