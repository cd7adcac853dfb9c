/** Below this many students in the final year, no rate, count or salary is published. */
export const SEUIL_EFFECTIF = 20;

/**
 * Why a figure is not shown, in machine-readable form:
 * - `effectif_insuffisant`: fewer than {@link SEUIL_EFFECTIF} students in the final year;
 * - `non_publie`: the source published the row without this figure;
 * - `masque_par_la_source`: the source withheld the figures itself (its own rule for small
 *   groups, applied to counts it does not publish), as the formation-level files do with
 *   empty cells.
 */
export const RAISONS_MASQUAGE = [
  'effectif_insuffisant',
  'non_publie',
  'masque_par_la_source',
] as const;
export type RaisonMasquage = (typeof RAISONS_MASQUAGE)[number];
