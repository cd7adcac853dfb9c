import * as z from 'zod/mini';
import { AUDIENCES } from '../audience.js';
import { CODE_TYPES } from '../codes/certification-code.js';
import { FILIERES } from '../filiere.js';
import { Libelle, SecondeCommune } from '../indicateur.js';
import { SCOPES } from '../scope.js';

/**
 * What a code is: a diploma (CFD or SISE), the final year of a diploma on the school route,
 * an earlier year (which resolves to its final year), or a common first year (which
 * resolves to its specialities).
 */
export const NATURES_CODE = [
  'diplome',
  'annee_terminale',
  'annee_non_terminale',
  'seconde_commune',
] as const;
export type NatureCode = (typeof NATURES_CODE)[number];

const CodeLibelle = z.object({ code: z.string(), libelle: z.nullable(z.string()) });

/** `GET /api/inserjeunes/resolve/:code`. */
export const Resolution = z.object({
  code: z.string(),
  code_type: z.enum(CODE_TYPES),
  nature: z.enum(NATURES_CODE),
  libelle: z.nullable(z.string()),
  /** The diploma's level: BCN level code and its label. */
  diplome: z.nullable(Libelle),
  code_formation_diplome: z.nullable(z.string()),
  /** Length of the training in years and rank of this year (MEFSTAT11 only). */
  duree: z.nullable(z.int()),
  annee: z.nullable(z.int()),
  date_ouverture: z.nullable(z.string()),
  date_fermeture: z.nullable(z.string()),
  formation_fermee: z.boolean(),
  /** Renewal links: the codes this one replaced, and the codes that replaced it. */
  continuum: z.object({ anciens: z.array(CodeLibelle), nouveaux: z.array(CodeLibelle) }),
  /** The final-year codes whose figures stand for this code. */
  annees_terminales: z.array(CodeLibelle),
  seconde_commune: z.nullable(SecondeCommune),
  /** What figures exist for the code (after resolution), per scope and filière. */
  donnees: z.array(
    z.object({
      scope: z.enum(SCOPES),
      filiere: z.enum(FILIERES),
      millesimes: z.array(z.string()),
    }),
  ),
  audience_suggeree: z.enum(AUDIENCES),
});
export type Resolution = z.infer<typeof Resolution>;
