import type { Audience } from '../audience.js';
import { emploiRateKey, HORIZONS } from './horizons.js';
import { type RaisonMasquage, SEUIL_EFFECTIF } from './threshold.js';

/**
 * Figures whose presence shows that the source published a row: a row with none of them
 * (and enough students, or no count of them) is withheld as `non_publie`. Establishment
 * files publish rates over leavers without any count, hence the DEPP's figures here.
 */
export const PUBLICATION_EVIDENCE_KEYS = [
  'taux_en_formation',
  ...HORIZONS.map(emploiRateKey),
  'taux_emploi_sortants_6_mois',
  'valeur_ajoutee_6_mois',
  'salaire_12_mois_q2',
] as const;
export type PublicationEvidenceKey = (typeof PUBLICATION_EVIDENCE_KEYS)[number];

/** The rates a reader is shown first: a record that is not withheld is shown with one of them. */
export const PUBLISHABLE_RATE_KEYS = [
  'taux_en_emploi_6_mois',
  'taux_en_formation',
  'taux_emploi_sortants_6_mois',
  'taux_en_emploi_12_mois',
] as const;
export type PublishableRateKey = (typeof PUBLISHABLE_RATE_KEYS)[number];

/** Each audience's headline figures: the widget withholds a filière with none of them. */
export const HEADLINE_FIGURE_KEYS = {
  '3eme': ['taux_en_emploi_6_mois', 'taux_en_formation', 'taux_autres_6_mois'],
  lycee: ['taux_en_emploi_6_mois', 'taux_en_formation', 'taux_autres_6_mois'],
  superieur: ['taux_en_emploi_6_mois', 'taux_en_emploi_12_mois', 'taux_en_formation'],
} as const satisfies Record<Audience, readonly string[]>;

type Figures<K extends string> = { readonly [key in K]?: number | null | undefined };

/** What decides whether a row's or a record's figures are published. */
export interface PublicationFacts {
  /** The reason the source (or the import) already gave, which always wins. */
  source?: RaisonMasquage | null | undefined;
  /** Students in the final year; null when the source gave no count (missing leavers too). */
  nb_annee_term: number | null;
  figures: Figures<PublicationEvidenceKey>;
}

/**
 * The publication rule: the source's own reason first; then fewer than
 * {@link SEUIL_EFFECTIF} final-year students withholds everything; then, enough students
 * or no count of them, the row is published only if the source gave one of the
 * {@link PUBLICATION_EVIDENCE_KEYS}. Null when the figures may be shown.
 */
export function withholdingReason(facts: PublicationFacts): RaisonMasquage | null {
  if (facts.source !== undefined && facts.source !== null) return facts.source;
  const term = facts.nb_annee_term;
  if (term !== null && term < SEUIL_EFFECTIF) return 'effectif_insuffisant';
  return hasAnyFigure(facts.figures, PUBLICATION_EVIDENCE_KEYS) ? null : 'non_publie';
}

/** Whether one of `keys` has a value in `figures`. */
export function hasAnyFigure<K extends string>(figures: Figures<K>, keys: readonly K[]): boolean {
  return keys.some((key) => {
    const value = figures[key];
    return value !== null && value !== undefined;
  });
}

/** Whether a record (or a block's figures) shows a reader something: not withheld, one rate. */
export function isPublishable(
  withheld: RaisonMasquage | { raison: RaisonMasquage } | null,
  figures: Figures<PublishableRateKey>,
): boolean {
  return withheld === null && hasAnyFigure(figures, PUBLISHABLE_RATE_KEYS);
}

/**
 * {@link withholdingReason} in SQL, for rows computed in the database. `column` names each
 * key's expression, or null where the query has no such figure (it counts as absent).
 */
export function withholdingReasonSql(
  term: string,
  column: (key: PublicationEvidenceKey) => string | null,
): string {
  const present = PUBLICATION_EVIDENCE_KEYS.flatMap((key) => {
    const expression = column(key);
    return expression === null ? [] : [`${expression} is not null`];
  });
  const published = present.length === 0 ? 'false' : present.join(' or ');
  return `case when ${term} < ${SEUIL_EFFECTIF} then 'effectif_insuffisant'
    when ${published} then null else 'non_publie' end`;
}

/**
 * SQL true for a stored row (table alias `alias`) published with at least
 * {@link SEUIL_EFFECTIF} students; false, never null, otherwise.
 */
export function aboveThresholdSql(alias: string): string {
  return `coalesce(${alias}.raison_masquage is null and ${alias}.nb_annee_term >= ${SEUIL_EFFECTIF}, false)`;
}

/**
 * SQL true for a stored row (alias `alias`) whose figures the API shows: not withheld, and
 * enough students or, with no count of them, one of the {@link PUBLISHABLE_RATE_KEYS}.
 */
export function publishableRowSql(alias: string): string {
  const rates = PUBLISHABLE_RATE_KEYS.map((key) => `${alias}.${key} is not null`).join(' or ');
  return `(${alias}.raison_masquage is null and (${alias}.nb_annee_term >= ${SEUIL_EFFECTIF}
    or (${alias}.nb_annee_term is null and (${rates}))))`;
}
