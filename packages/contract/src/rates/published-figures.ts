/**
 * Figures the official files publish as they are and the product never recomputes: the
 * DEPP's rates over leavers, its expected rate and added value, broken contracts, and the
 * salary quartiles. Stored, validated and served next to the counts and rates.
 */
export const PUBLISHED_FIGURE_KEYS = [
  'taux_emploi_sortants_6_mois',
  'taux_emploi_sortants_12_mois',
  'taux_emploi_sortants_18_mois',
  'taux_emploi_sortants_24_mois',
  'taux_emploi_attendu_6_mois',
  'valeur_ajoutee_6_mois',
  'part_contrats_interrompus',
  'salaire_12_mois_q1',
  'salaire_12_mois_q2',
  'salaire_12_mois_q3',
] as const;
export type PublishedFigureKey = (typeof PUBLISHED_FIGURE_KEYS)[number];
