import * as z from 'zod/mini';
import { FILIERES } from '../filiere.js';
import { Libelle } from '../indicateur.js';

/**
 * The figures situated among similar trainings: the headline rates, and the median salary
 * where one is published.
 */
export const COMPARED_KEYS = [
  'taux_en_emploi_6_mois',
  'taux_en_emploi_12_mois',
  'taux_en_formation',
  'taux_autres_6_mois',
  'salaire_12_mois_q2',
] as const;
export type ComparedKey = (typeof COMPARED_KEYS)[number];

/** Fewer similar trainings than this (the training itself counted) and nothing is compared. */
export const MIN_SIMILAR_TRAININGS = 5;

/**
 * Where a figure sits among similar trainings: above the third quartile, between the first
 * and the third (both included), below the first, or not compared (fewer than
 * {@link MIN_SIMILAR_TRAININGS} similar trainings, or no figure of its own).
 */
export const POSITIONS = [
  'quart_superieur',
  'moitie_centrale',
  'quart_inferieur',
  'comparaison_impossible',
] as const;
export type Position = (typeof POSITIONS)[number];

/** Where similar trainings are counted: in the region, or in France. */
export const COMPARISON_PLACES = ['regional', 'national'] as const;
export type ComparisonPlace = (typeof COMPARISON_PLACES)[number];

const figure = z.nullable(z.number());

/**
 * One figure against the similar trainings of one place. Quartiles are the linear
 * interpolation between ordered values (spreadsheets' QUARTILE.INC), each training counted
 * once whatever its size, rounded to the whole point (euro for salaries), ties to even; the
 * position compares the figure with those rounded quartiles.
 */
export const ComparaisonFigure = z.object({
  indicateur: z.enum(COMPARED_KEYS),
  perimetre: z.enum(COMPARISON_PLACES),
  /** The region counted, for `perimetre: regional`. */
  region: z.nullable(Libelle),
  /** How many similar trainings have a publishable value of this figure. */
  nb_formations: z.int().check(z.nonnegative()),
  valeur: figure,
  q1: figure,
  mediane: figure,
  q3: figure,
  position: z.enum(POSITIONS),
});
export type ComparaisonFigure = z.infer<typeof ComparaisonFigure>;

/** One point of a figure over the millésimes held at the same scope. */
export const EvolutionPoint = z.object({
  millesime: z.string(),
  nb_annee_term: z.nullable(z.int()),
  taux_en_emploi_6_mois: figure,
  taux_en_emploi_12_mois: figure,
  /** Later horizons (higher education follows leavers up to 30 months); absent from an older API. */
  taux_en_emploi_18_mois: z.optional(figure),
  taux_en_emploi_24_mois: z.optional(figure),
  taux_en_emploi_30_mois: z.optional(figure),
  taux_en_formation: figure,
  salaire_12_mois_q2: figure,
});
export type EvolutionPoint = z.infer<typeof EvolutionPoint>;

/**
 * A filière's figures in context: how many students and leavers they rest on and the
 * promotions pooled, how they compare with similar trainings (same diploma level, same
 * route, same millésime, publishable figures only), and the same figures over time.
 */
export const ContexteFiliere = z.object({
  filiere: z.enum(FILIERES),
  millesime: z.string(),
  /** Students in the final year the figures rest on. */
  nb_annee_term: z.nullable(z.int()),
  /** Of them, those who left studies: the base of the rates over leavers. */
  nb_sortant: z.nullable(z.int()),
  /** The promotions (years of leaving) pooled in the millésime, oldest first. */
  promotions: z.array(z.int()),
  /** The diploma level the similar trainings share; null when the level is unknown. */
  niveau: z.nullable(Libelle),
  comparaison: z.array(ComparaisonFigure),
  /** The same scope at every millésime held, oldest first; a trend needs two. */
  evolution: z.array(EvolutionPoint),
});
export type ContexteFiliere = z.infer<typeof ContexteFiliere>;

/** One distribution of similar trainings, as comparisons use it (the statistics page). */
export const Distribution = z.object({
  niveau: Libelle,
  perimetre: z.enum(COMPARISON_PLACES),
  region: z.nullable(Libelle),
  filiere: z.enum(FILIERES),
  millesime: z.string(),
  indicateur: z.enum(COMPARED_KEYS),
  nb_formations: z.int().check(z.nonnegative()),
  q1: z.number(),
  mediane: z.number(),
  q3: z.number(),
});
export type Distribution = z.infer<typeof Distribution>;

/** `GET /api/inserjeunes/comparaisons`: every distribution of one millésime with enough trainings. */
export const Distributions = z.object({
  millesime: z.nullable(z.string()),
  /** Below this many similar trainings a distribution is not given (nor compared with). */
  minimum: z.int(),
  distributions: z.array(Distribution),
});
export type Distributions = z.infer<typeof Distributions>;
