import * as z from 'zod/mini';
import { SCOPES } from '../scope.js';

/**
 * The widget states the gallery shows, each with an example taken from the database:
 * figures, both routes, partial figures, one establishment's figures, fallbacks, withheld,
 * no data, closed diploma, renewed diploma, common first year, higher education, unknown
 * code. Network error and loading are simulated by the gallery, not looked up.
 */
export const ETATS_EXEMPLE = [
  'chiffres',
  'deux_voies',
  'chiffres_partiels',
  'etablissement',
  'repli_region',
  'repli_national',
  'masque',
  'aucune_donnee',
  'diplome_ferme',
  'continuum',
  'seconde_commune',
  'superieur',
  'code_inconnu',
] as const;
export type EtatExemple = (typeof ETATS_EXEMPLE)[number];

export const ExempleGalerie = z.object({
  etat: z.enum(ETATS_EXEMPLE),
  /** The widget's attributes for this example. */
  code: z.string(),
  uai: z.nullable(z.string()),
  region: z.nullable(z.string()),
  /** The diploma's label, when known. */
  libelle: z.nullable(z.string()),
  /** The scope the widget shows for it; null when it shows no figures. */
  scope: z.nullable(z.enum(SCOPES)),
  millesime: z.nullable(z.string()),
  /** Whether the figures shown are the fictitious demo data. */
  fictif: z.boolean(),
});
export type ExempleGalerie = z.infer<typeof ExempleGalerie>;

/** `GET /api/galerie/exemples`: one example per state, from the data loaded. */
export const ExemplesGalerie = z.object({
  /** What the database holds: official files, the fictitious demo, both, or nothing. */
  donnees: z.enum(['officielles', 'fictives', 'mixtes', 'aucune']),
  exemples: z.array(ExempleGalerie),
  /** States for which the data holds no example. */
  manquants: z.array(z.enum(ETATS_EXEMPLE)),
});
export type ExemplesGalerie = z.infer<typeof ExemplesGalerie>;
