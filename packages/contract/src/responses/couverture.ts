import * as z from 'zod/mini';
import { RAISONS_REPLI } from '../affichage.js';
import { FILIERES } from '../filiere.js';
import { SCOPES } from '../scope.js';

/**
 * How a catalogue row fares: the widget would show figures (`couvert`), would say there
 * are too few students (`sous_seuil`), would have nothing to show (`non_couvert`), or the
 * row cannot be read (`invalide`).
 */
export const STATUTS_COUVERTURE = ['couvert', 'sous_seuil', 'non_couvert', 'invalide'] as const;
export type StatutCouverture = (typeof STATUTS_COUVERTURE)[number];

/**
 * Why a row is not covered, or what is worth knowing about a covered one (figures summed
 * over the specialities of a common first year, UAI unknown so a wider scope answers…).
 */
export const RAISONS_COUVERTURE = [
  'code_manquant',
  'code_invalide',
  'uai_invalide',
  'region_invalide',
  'code_inconnu',
  'uai_inconnu',
  'millesime_indisponible',
  'nouveau_diplome',
  'non_enseigne',
  'non_publie',
  'effectif_insuffisant',
  'seconde_commune',
  'annee_non_terminale',
] as const;
export type RaisonCouverture = (typeof RAISONS_COUVERTURE)[number];

export const LigneCouverture = z.object({
  /** Line number in the file sent (header = 1 for CSV), or index + 1 for JSON. */
  ligne: z.int(),
  uai: z.nullable(z.string()),
  code: z.nullable(z.string()),
  region: z.nullable(z.string()),
  statut: z.enum(STATUTS_COUVERTURE),
  raison: z.nullable(z.enum(RAISONS_COUVERTURE)),
  message: z.nullable(z.string()),
  /** The scope the widget would show, after its fallback. */
  scope: z.nullable(z.enum(SCOPES)),
  repli: z.array(z.object({ scope: z.enum(SCOPES), raison: z.enum(RAISONS_REPLI) })),
  millesime: z.nullable(z.string()),
  filieres: z.array(z.enum(FILIERES)),
});
export type LigneCouverture = z.infer<typeof LigneCouverture>;

const parStatut = z.object({
  couvert: z.number(),
  sous_seuil: z.number(),
  non_couvert: z.number(),
  invalide: z.number(),
});

/** `POST /api/inserjeunes/couverture`: every row's outcome and the totals. */
export const Couverture = z.object({
  /** The columns used, as named in the file. */
  colonnes: z.object({
    code: z.string(),
    uai: z.nullable(z.string()),
    region: z.nullable(z.string()),
  }),
  totaux: z.object({
    lignes: z.int(),
    ...parStatut.shape,
    /** Shares of all rows, in percent with one decimal. */
    pourcentages: parStatut,
    /** Covered rows by the scope that would serve them. */
    par_scope: z.object({ formation: z.int(), regional: z.int(), national: z.int() }),
  }),
  lignes: z.array(LigneCouverture),
});
export type Couverture = z.infer<typeof Couverture>;

/** The largest catalogue one request may send. */
export const COUVERTURE_LIGNES_MAX = 50_000;
