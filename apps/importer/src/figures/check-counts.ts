import { type Counts, emploiCountKey, emploiStableCountKey, HORIZONS } from '@inserjeunes/contract';

// Built once: this runs for every line of every file, and a key built per call is a new string.
const EMPLOI = HORIZONS.map(emploiCountKey);
const STABLE = HORIZONS.map(emploiStableCountKey);

/**
 * The consistency a set of counts must have, whatever the source: parts of the final-year
 * population never exceed it, leavers are those who did not go on studying, the employed are
 * among the leavers and the stably employed among the employed.
 */
export function checkCounts(counts: Counts, problems: string[]): void {
  const { nb_annee_term: term, nb_poursuite_etudes: poursuite, nb_sortant: sortant } = counts;
  if (term !== null) {
    if (poursuite !== null && poursuite > term) {
      problems.push(`nb_poursuite_etudes (${poursuite}) dépasse nb_annee_term (${term})`);
    }
    if (sortant !== null && sortant > term) {
      problems.push(`nb_sortant (${sortant}) dépasse nb_annee_term (${term})`);
    }
    if (
      poursuite !== null &&
      sortant !== null &&
      poursuite <= term &&
      sortant <= term &&
      sortant !== term - poursuite
    ) {
      problems.push(
        `nb_sortant (${sortant}) devrait valoir nb_annee_term − nb_poursuite_etudes (${term - poursuite})`,
      );
    }
  }
  const leavers = sortant ?? (term !== null && poursuite !== null ? term - poursuite : null);
  for (let i = 0; i < EMPLOI.length; i++) {
    const emploiKey = EMPLOI[i] as (typeof EMPLOI)[number];
    const stableKey = STABLE[i] as (typeof STABLE)[number];
    const emploi = counts[emploiKey];
    if (emploi !== null) {
      if (leavers !== null && emploi > leavers) {
        problems.push(`${emploiKey} (${emploi}) dépasse le nombre de sortants (${leavers})`);
      } else if (term !== null && emploi > term) {
        problems.push(`${emploiKey} (${emploi}) dépasse nb_annee_term (${term})`);
      }
    }
    const stable = counts[stableKey];
    if (stable !== null && emploi !== null && stable > emploi) {
      problems.push(`${stableKey} (${stable}) dépasse ${emploiKey} (${emploi})`);
    }
  }
}

/** Quartiles come in order: q1 ≤ q2 ≤ q3. */
export function checkQuartiles(
  q1: number | null,
  q2: number | null,
  q3: number | null,
  problems: string[],
): void {
  if ((q1 !== null && q2 !== null && q1 > q2) || (q2 !== null && q3 !== null && q2 > q3)) {
    problems.push(
      `quartiles de salaire dans le désordre (${q1 ?? '–'} / ${q2 ?? '–'} / ${q3 ?? '–'})`,
    );
  } else if (q1 !== null && q3 !== null && q1 > q3) {
    problems.push(`quartiles de salaire dans le désordre (${q1} / ${q3})`);
  }
}
