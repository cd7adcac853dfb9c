import * as z from 'zod/mini';
import { Indicateur, Libelle } from '../indicateur.js';

/** `GET /api/inserjeunes/etablissements/:uai`: an establishment's figures over all its trainings. */
export const IndicateursEtablissement = z.object({
  etablissement: z.object({
    uai: z.string(),
    libelle: z.nullable(z.string()),
    region: z.nullable(Libelle),
    academie: z.nullable(Libelle),
  }),
  /** Millésimes with figures for this establishment, newest first. */
  millesimes: z.array(z.string()),
  /** One record per millésime × filière, newest first. */
  indicateurs: z.array(Indicateur),
  /** How many training-level records (UAI × certification) exist for this establishment. */
  nombre_formations: z.int(),
});
export type IndicateursEtablissement = z.infer<typeof IndicateursEtablissement>;
