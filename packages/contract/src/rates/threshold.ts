/** Below this many students in the final year, no rate, count or salary is published. */
export const SEUIL_EFFECTIF = 20;

/**
 * Why a figure is not shown, in machine-readable form:
 * - `effectif_insuffisant`: fewer than {@link SEUIL_EFFECTIF} students in the final year;
 * - `non_publie`: the source published the row without this figure.
 */
export const RAISONS_MASQUAGE = ['effectif_insuffisant', 'non_publie'] as const;
export type RaisonMasquage = (typeof RAISONS_MASQUAGE)[number];
