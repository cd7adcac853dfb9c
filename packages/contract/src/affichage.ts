import * as z from 'zod/mini';
import { AUDIENCES } from './audience.js';
import { ContexteFiliere } from './context/comparaison.js';
import { RAISONS_ABSENCE } from './errors.js';
import { FILIERES } from './filiere.js';
import { Indicateur, Libelle, SecondeCommune } from './indicateur.js';
import { SCOPES } from './scope.js';

/**
 * Why a narrower scope was passed over on the way to the one shown: nothing there at all,
 * too few students, or nothing published.
 */
export const RAISONS_REPLI = ['absent', 'effectif_insuffisant', 'non_publie'] as const;
export type RaisonRepli = (typeof RAISONS_REPLI)[number];

/**
 * Everything one widget needs, in one request (`GET /api/inserjeunes/affichage/:codes`): the
 * server applies the fallback formation → regional → national and says which scope it
 * shows and why narrower ones were passed over. Figures come one block per filière.
 */
export const Affichage = z.object({
  /** The requested codes, canonical and without prefix. */
  codes: z.array(z.string()),
  /** The official label (BCN), in its capitals and abbreviations. */
  libelle: z.nullable(z.string()),
  /** The label in words a reader reads, from `readableLabel`; absent from an older API. */
  libelle_lisible: z.optional(z.nullable(z.string())),
  /** The audience the diploma calls for (SISE → superieur, BTS and higher → lycee, else 3eme). */
  audience_suggeree: z.enum(AUDIENCES),
  /** The scope shown; null when there is nothing to show at any scope. */
  scope: z.nullable(z.enum(SCOPES)),
  /** Narrower scopes tried first, in order, and why each was passed over. */
  repli: z.array(z.object({ scope: z.enum(SCOPES), raison: z.enum(RAISONS_REPLI) })),
  region: z.nullable(Libelle),
  etablissement: z.nullable(z.object({ uai: z.string(), libelle: z.nullable(z.string()) })),
  millesime: z.nullable(z.string()),
  /**
   * The filière the request kept (`voie`): only its block is shown. Absent when the request
   * named none (and from an older API).
   */
  voie: z.optional(z.enum(FILIERES)),
  formation_fermee: z.boolean(),
  /** One block per filière at the scope shown (a block may be withheld: see `masquage`). */
  filieres: z.array(Indicateur),
  /** Set when the code is a common first year: its specialities, figures summed over them. */
  seconde_commune: z.nullable(SecondeCommune),
  /**
   * Each filière's figures in context (how many, compared with similar trainings, over
   * time), in the order of `filieres`; absent from an older API.
   */
  contexte: z.optional(z.array(ContexteFiliere)),
  /** The address the operator takes error reports at (`mailto:`); absent or null: none. */
  signalement: z.optional(z.nullable(z.string())),
  /** Set when there is nothing to show: why (new diploma, not taught here, not published). */
  absence: z.nullable(z.object({ raison: z.enum(RAISONS_ABSENCE), message: z.string() })),
});
export type Affichage = z.infer<typeof Affichage>;
