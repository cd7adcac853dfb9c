import type { Counts } from '@inserjeunes/contract';
import { blankCounts } from '../figures/blank-counts.js';
import { parseCount } from '../values/parse-count.js';
import { cell } from './header.js';

/** The counts the InserJeunes open-data files publish, under the schema's names. */
const FILE_COUNTS = [
  'nb_annee_term',
  'nb_poursuite_etudes',
  'nb_sortant',
  'nb_en_emploi_6_mois',
  'nb_en_emploi_12_mois',
  'nb_en_emploi_18_mois',
  'nb_en_emploi_24_mois',
] as const;

type FileCount = (typeof FILE_COUNTS)[number];

/**
 * The count columns as `mapColumns` wants them: every one required (`all`), or only the
 * final-year population, the others being left empty by some files.
 */
export function countColumns(
  required: 'all' | 'nb_annee_term',
): Record<FileCount, { names: readonly string[]; required: boolean }> {
  const spec = (key: FileCount) => ({
    names: [key],
    required: required === 'all' || key === 'nb_annee_term',
  });
  return {
    nb_annee_term: spec('nb_annee_term'),
    nb_poursuite_etudes: spec('nb_poursuite_etudes'),
    nb_sortant: spec('nb_sortant'),
    nb_en_emploi_6_mois: spec('nb_en_emploi_6_mois'),
    nb_en_emploi_12_mois: spec('nb_en_emploi_12_mois'),
    nb_en_emploi_18_mois: spec('nb_en_emploi_18_mois'),
    nb_en_emploi_24_mois: spec('nb_en_emploi_24_mois'),
  };
}

/**
 * Reads a line's counts from the positions `mapColumns` gave the {@link countColumns}, in
 * their order; the counts the files never publish stay null.
 */
export function countReader(
  index: Readonly<Record<FileCount, number>>,
): (fields: readonly string[], problems: string[]) => Counts {
  const positions = FILE_COUNTS.map((key) => [key, index[key]] as const);
  return (fields, problems) => {
    const counts = blankCounts();
    for (const [key, position] of positions) {
      counts[key] = parseCount(cell(fields, position), key, problems);
    }
    return counts;
  };
}
