import {
  type EmploiCountKey,
  type EmploiStableCountKey,
  emploiCountKey,
  emploiStableCountKey,
  HORIZONS,
} from './horizons.js';

/** The raw counts behind every rate; null where the source published nothing. */
export type Counts = {
  nb_annee_term: number | null;
  nb_poursuite_etudes: number | null;
  nb_sortant: number | null;
} & Record<EmploiCountKey | EmploiStableCountKey, number | null>;

export const COUNT_KEYS: readonly (keyof Counts)[] = [
  'nb_annee_term',
  'nb_poursuite_etudes',
  'nb_sortant',
  ...HORIZONS.map(emploiCountKey),
  ...HORIZONS.map(emploiStableCountKey),
];

export function emptyCounts(): Counts {
  return Object.fromEntries(COUNT_KEYS.map((key) => [key, null])) as Counts;
}

// Built once: completeCounts runs for every imported line.
const EMPLOI_KEYS = HORIZONS.map(emploiCountKey);

/**
 * Fills what the definitions imply: leavers are the final-year students who did not go on
 * studying, and when nobody left (no leavers published, everyone went on studying) the
 * employment counts are zero rather than unknown.
 */
export function completeCounts(counts: Counts): Counts {
  const result = { ...counts };
  const { nb_annee_term: term, nb_poursuite_etudes: poursuite } = counts;
  if (result.nb_sortant === null && term !== null && poursuite !== null) {
    result.nb_sortant = term - poursuite;
  }
  if (counts.nb_sortant === null && term !== null && poursuite === term) {
    for (const key of EMPLOI_KEYS) if (result[key] === null) result[key] = 0;
  }
  return result;
}

/** The counts the headline shares need: population, further study and employment at 6 months. */
export const HEADLINE_KEYS: readonly (keyof Counts)[] = [
  'nb_annee_term',
  'nb_poursuite_etudes',
  'nb_en_emploi_6_mois',
];

/**
 * Sums rows of counts for one population split differently (the regions of a nation, the
 * codes of one family). Only rows where every `required` count is present take part, so a
 * rate never divides one population by another; among them, any other count is summed when
 * every row has it and is null otherwise.
 */
export function sumCounts(
  rows: readonly Counts[],
  required: readonly (keyof Counts)[] = HEADLINE_KEYS,
): { counts: Counts; rowsUsed: number } {
  const used = rows.map(completeCounts).filter((row) => required.every((key) => row[key] !== null));
  const total = emptyCounts();
  if (used.length === 0) return { counts: total, rowsUsed: 0 };
  for (const key of COUNT_KEYS) {
    let sum = 0;
    let complete = true;
    for (const row of used) {
      const value = row[key];
      if (value === null) {
        complete = false;
        break;
      }
      sum += value;
    }
    total[key] = complete ? sum : null;
  }
  return { counts: total, rowsUsed: used.length };
}
