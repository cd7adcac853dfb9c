import {
  COUNT_KEYS,
  type Counts,
  type Filiere,
  PUBLISHED_FIGURE_KEYS,
  RATE_KEYS,
  type Rates,
} from '@inserjeunes/contract';

/** A value as it goes into a column. */
export type Value = string | number | boolean | null;

export type IndicateurRow = {
  scope: 'national' | 'regional' | 'formation' | 'etablissement';
  millesime: string;
  filiere: Filiere;
  code: string | null;
  code_type: 'CFD' | 'MEFSTAT11' | 'SISE' | null;
  cfd: string | null;
  region_code: string | null;
  uai: string | null;
  taux_emploi_sortants_6_mois: number | null;
  taux_emploi_sortants_12_mois: number | null;
  taux_emploi_sortants_18_mois: number | null;
  taux_emploi_sortants_24_mois: number | null;
  taux_emploi_attendu_6_mois: number | null;
  valeur_ajoutee_6_mois: number | null;
  part_contrats_interrompus: number | null;
  salaire_12_mois_q1: number | null;
  salaire_12_mois_q2: number | null;
  salaire_12_mois_q3: number | null;
  raison_masquage: 'effectif_insuffisant' | 'non_publie' | null;
  donnee_source_code: string | null;
  donnee_source_type: 'self' | 'ancienne' | 'nouvelle';
  derivation: 'agregat_regional' | 'continuum' | null;
  fictif: boolean;
} & Counts &
  Rates;

type Dates = { date_ouverture: string | null; date_fermeture: string | null };

/** The rows each table receives, keyed by table name. */
export interface TableRows {
  indicateur: IndicateurRow;
  diplome: {
    code: string;
    code_type: 'CFD' | 'SISE';
    niveau: string | null;
    libelle_court: string | null;
    libelle_long: string;
  } & Dates;
  diplome_continuum: { ancien_code: string; nouveau_code: string };
  niveau_formation: {
    code: string;
    niveau_interministeriel: string | null;
    libelle_court: string;
    libelle_long: string | null;
  };
  mef: {
    mefstat11: string;
    mef: string | null;
    dispositif: string | null;
    cfd: string;
    duree: number | null;
    annee: number | null;
    libelle_court: string | null;
    libelle_long: string | null;
  } & Dates;
  groupe_formation: {
    code: string;
    type: string | null;
    libelle_court: string | null;
    libelle_long: string | null;
    libelle_edition: string | null;
  } & Dates;
  lien_formation_groupe: { groupe: string; cfd: string };
  famille_metier_specialite: {
    famille: string;
    mefstat11_commun: string;
    cfd_commun: string | null;
    mefstat11_specialite: string;
    cfd_specialite: string | null;
    specialite: string | null;
  };
  famille_metier: { code: string; libelle_long: string; libelle_edition: string | null } & Dates;
  lien_mef_famille_metier: { famille: string; mef: string; seconde_commune: boolean } & Dates;
  region: { code: string; libelle: string };
  academie: { code: string; libelle: string; region_code: string };
  departement: { code: string; libelle: string; academie_code: string; region_code: string };
  etablissement: {
    uai: string;
    libelle: string | null;
    region_code: string | null;
    academie_code: string | null;
    departement_code: string | null;
  };
  salaire_certification: {
    code: string;
    code_type: 'CFD' | 'MEFSTAT11' | 'SISE';
    filiere: Filiere | null;
    salaire_12_mois_q1: number | null;
    salaire_12_mois_q2: number | null;
    salaire_12_mois_q3: number | null;
    origine: string | null;
    fictif: boolean;
  };
}

export type TableName = keyof TableRows;

/**
 * How a staged row meets a row already in the table with the same key:
 * - `replace`: the file's values win (official data is re-published as a whole);
 * - `fill`: only empty columns are filled (an establishment's name from a figures file never
 *   overwrites the directory's).
 */
export type MergeMode = 'replace' | 'fill';

export interface TableSpec<K extends TableName> {
  name: K;
  columns: readonly (keyof TableRows[K] & string)[];
  key: readonly (keyof TableRows[K] & string)[];
  /** `ON CONFLICT ON CONSTRAINT …` for keys that need NULLS NOT DISTINCT. */
  constraint?: string;
  /** What a second row with the same key in one file means. */
  duplicates: 'error' | 'identical' | 'keep-first';
  /** SQL replacing a staged column in the merge (`s.` is the staged row). */
  select?: Partial<Record<keyof TableRows[K] & string, string>>;
  /**
   * Columns with a default in the database: always sent, so that a null there fails loudly
   * instead of silently taking the default when an empty column is left out of a COPY.
   */
  defaults?: readonly (keyof TableRows[K] & string)[];
}

const INDICATEUR_COLUMNS = [
  'scope',
  'millesime',
  'filiere',
  'code',
  'code_type',
  'cfd',
  'region_code',
  'uai',
  ...COUNT_KEYS,
  ...RATE_KEYS,
  ...PUBLISHED_FIGURE_KEYS,
  'raison_masquage',
  'donnee_source_code',
  'donnee_source_type',
  'derivation',
  'fictif',
] as const satisfies readonly (keyof IndicateurRow)[];

const DATES = ['date_ouverture', 'date_fermeture'] as const;

/** Every table the importer writes, in the order a file's rows are merged. */
export const TABLES: { readonly [K in TableName]: TableSpec<K> } = {
  region: { name: 'region', columns: ['code', 'libelle'], key: ['code'], duplicates: 'identical' },
  academie: {
    name: 'academie',
    columns: ['code', 'libelle', 'region_code'],
    key: ['code'],
    duplicates: 'identical',
  },
  departement: {
    name: 'departement',
    columns: ['code', 'libelle', 'academie_code', 'region_code'],
    key: ['code'],
    duplicates: 'error',
  },
  niveau_formation: {
    name: 'niveau_formation',
    columns: ['code', 'niveau_interministeriel', 'libelle_court', 'libelle_long'],
    key: ['code'],
    duplicates: 'error',
  },
  diplome: {
    name: 'diplome',
    columns: ['code', 'code_type', 'niveau', 'libelle_court', 'libelle_long', ...DATES],
    key: ['code'],
    duplicates: 'error',
  },
  diplome_continuum: {
    name: 'diplome_continuum',
    columns: ['ancien_code', 'nouveau_code'],
    key: ['ancien_code', 'nouveau_code'],
    duplicates: 'keep-first',
  },
  mef: {
    name: 'mef',
    columns: [
      'mefstat11',
      'mef',
      'dispositif',
      'cfd',
      'duree',
      'annee',
      'libelle_court',
      'libelle_long',
      ...DATES,
    ],
    key: ['mefstat11'],
    duplicates: 'error',
  },
  groupe_formation: {
    name: 'groupe_formation',
    columns: ['code', 'type', 'libelle_court', 'libelle_long', 'libelle_edition', ...DATES],
    key: ['code'],
    duplicates: 'error',
  },
  lien_formation_groupe: {
    name: 'lien_formation_groupe',
    columns: ['groupe', 'cfd'],
    key: ['groupe', 'cfd'],
    duplicates: 'keep-first',
  },
  famille_metier: {
    name: 'famille_metier',
    columns: ['code', 'libelle_long', 'libelle_edition', ...DATES],
    key: ['code'],
    duplicates: 'error',
  },
  famille_metier_specialite: {
    name: 'famille_metier_specialite',
    columns: [
      'famille',
      'mefstat11_commun',
      'cfd_commun',
      'mefstat11_specialite',
      'cfd_specialite',
      'specialite',
    ],
    key: ['mefstat11_commun', 'mefstat11_specialite'],
    duplicates: 'error',
  },
  lien_mef_famille_metier: {
    name: 'lien_mef_famille_metier',
    columns: ['famille', 'mef', 'seconde_commune', ...DATES],
    key: ['famille', 'mef'],
    duplicates: 'error',
  },
  etablissement: {
    name: 'etablissement',
    columns: ['uai', 'libelle', 'region_code', 'academie_code', 'departement_code'],
    key: ['uai'],
    duplicates: 'keep-first',
  },
  indicateur: {
    name: 'indicateur',
    columns: INDICATEUR_COLUMNS,
    key: ['code', 'scope', 'filiere', 'millesime', 'region_code', 'uai'],
    constraint: 'indicateur_cle',
    duplicates: 'error',
    defaults: ['donnee_source_type', 'fictif'],
    // A school-route row knows its diploma through N_MEF once the BCN is loaded.
    select: {
      cfd: "coalesce(s.cfd, (select m.cfd from mef m where s.code_type = 'MEFSTAT11' and m.mefstat11 = s.code))",
    },
  },
  salaire_certification: {
    name: 'salaire_certification',
    columns: [
      'code',
      'code_type',
      'filiere',
      'salaire_12_mois_q1',
      'salaire_12_mois_q2',
      'salaire_12_mois_q3',
      'origine',
      'fictif',
    ],
    key: ['code', 'filiere'],
    constraint: 'salaire_certification_cle',
    duplicates: 'error',
    defaults: ['fictif'],
  },
};

export const TABLE_ORDER = Object.keys(TABLES) as TableName[];

export function tableSpec<K extends TableName>(name: K): TableSpec<K> {
  return TABLES[name] as TableSpec<K>;
}
