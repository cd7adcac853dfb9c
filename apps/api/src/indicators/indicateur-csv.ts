import {
  COUNT_KEYS,
  type Indicateur,
  PUBLISHED_FIGURE_KEYS,
  RATE_KEYS,
} from '@inserjeunes/contract';

const FIGURE_KEYS = [
  ...COUNT_KEYS,
  ...RATE_KEYS,
  ...PUBLISHED_FIGURE_KEYS,
] as const satisfies readonly (keyof Indicateur)[];

/** Column names of a record flattened for CSV: nested fields become `parent_child`. */
export const INDICATEUR_CSV_HEADER = [
  'scope',
  'millesime',
  'filiere',
  'code_certification',
  'code_certification_type',
  'code_formation_diplome',
  'libelle',
  'diplome_code',
  'diplome_libelle',
  'formation_fermee',
  'date_fermeture',
  'region_code',
  'region_libelle',
  'uai',
  'etablissement_libelle',
  'donnee_source_code',
  'donnee_source_type',
  'agregat_regional',
  'masquage_raison',
  ...FIGURE_KEYS,
  'provenance',
  'fictif',
] as const;

/** One record as a CSV row, in the order of {@link INDICATEUR_CSV_HEADER}. */
export function indicateurCsvRow(record: Indicateur): unknown[] {
  return [
    record.scope,
    record.millesime,
    record.filiere,
    record.code_certification,
    record.code_certification_type,
    record.code_formation_diplome,
    record.libelle,
    record.diplome?.code,
    record.diplome?.libelle,
    record.formation_fermee,
    record.date_fermeture,
    record.region?.code,
    record.region?.libelle,
    record.etablissement?.uai,
    record.etablissement?.libelle,
    record.donnee_source.code,
    record.donnee_source.type,
    record.agregat_regional,
    record.masquage?.raison,
    ...FIGURE_KEYS.map((key) => record[key]),
    record.provenance.map((source) => source.libelle).join(' + '),
    record.provenance.some((source) => source.fictif),
  ];
}
