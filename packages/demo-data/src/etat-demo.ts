import type {
  Audience,
  Filiere,
  RaisonAbsence,
  RaisonMasquage,
  RaisonRepli,
  Scope,
} from '@inserjeunes/contract';

/**
 * The widget states the demo covers (SPEC §5): figures, partial figures, withheld, no data,
 * fallback, closed diploma, renewed diploma, common first year, first year, one or both
 * routes, higher education with its chart, national sums of regions, unknown code, and the
 * fictitious-data mention every demo figure carries.
 */
export const ETATS_DEMO = [
  'chiffres',
  'chiffres_partiels',
  'masque_repli_region',
  'masque_partout',
  'aucune_donnee_nouveau_diplome',
  'non_enseigne',
  'repli_region',
  'repli_national',
  'diplome_ferme',
  'continuum',
  'seconde_commune',
  'premiere_annee',
  'une_seule_voie',
  'deux_voies',
  'superieur_graphique',
  'agregat_regional',
  'code_inconnu',
  'donnees_fictives',
] as const;
export type EtatDemo = (typeof ETATS_DEMO)[number];

/** One block of figures the widget shows: its route, whether withheld, what is unpublished. */
export interface BlocAttendu {
  filiere: Filiere;
  masquage: RaisonMasquage | null;
  /** Counts (and the national median salary) left unpublished in a block that is shown. */
  manquants: readonly string[];
}

/** What the API's one-request view (`Affichage`) should say for a case. */
export interface Attendu {
  scope: Scope | null;
  repli: readonly { scope: Scope; raison: RaisonRepli }[];
  millesime: string | null;
  filieres: readonly BlocAttendu[];
  formation_fermee: boolean;
  /** The diploma whose figures are shown; null when several are summed (seconde commune). */
  donnee_source: { code: string; type: 'self' | 'ancienne' | 'nouvelle' } | null;
  agregat_regional: boolean;
  /** The final-year codes a non-final year or a seconde commune stands for. */
  resolution: {
    raison: 'annee_non_terminale' | 'seconde_commune';
    codes: readonly string[];
  } | null;
  absence: RaisonAbsence | null;
  erreur: 'code_inconnu' | null;
}

/** One example for the gallery and the end-to-end journeys. */
export interface CasDemo {
  id: string;
  etat: EtatDemo;
  /** What the example shows, in a few French words, for the gallery. */
  titre: string;
  code: string;
  uai: string | null;
  region: string | null;
  audience: Audience;
  /** In French: what a reader should see in the widget. */
  a_afficher: string;
  attendu: Attendu;
}
