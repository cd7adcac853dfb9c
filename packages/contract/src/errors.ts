import * as z from 'zod/mini';

/** Stable error codes of the API, with their HTTP status. */
export const ERROR_STATUS = {
  parametre_invalide: 400,
  parametre_inconnu: 400,
  corps_invalide: 400,
  requete_invalide: 400,
  cle_invalide: 401,
  non_trouve: 404,
  code_inconnu: 404,
  etablissement_inconnu: 404,
  millesime_indisponible: 404,
  donnees_indisponibles: 404,
  methode_non_autorisee: 405,
  corps_trop_grand: 413,
  requete_trop_lente: 408,
  trop_de_requetes: 429,
  entetes_trop_grands: 431,
  erreur_interne: 500,
  base_indisponible: 503,
  service_sature: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export const ApiError = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.optional(z.record(z.string(), z.unknown())),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/**
 * Why a known code has no figures, in `details.raison` of a `donnees_indisponibles` error:
 * a diploma too recent to have been measured, a training not taught at that establishment,
 * or nothing published for it.
 */
export const RAISONS_ABSENCE = ['nouveau_diplome', 'non_enseigne', 'non_publie'] as const;
export type RaisonAbsence = (typeof RAISONS_ABSENCE)[number];
