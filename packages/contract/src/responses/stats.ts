import * as z from 'zod/mini';
import { FILIERES } from '../filiere.js';
import { SCOPES } from '../scope.js';

/** One day × consumer × route of API usage. */
export const UsageJour = z.object({
  jour: z.string(),
  consommateur: z.string(),
  route: z.string(),
  appels: z.int(),
  vues_widget: z.int(),
});
export type UsageJour = z.infer<typeof UsageJour>;

/** `GET /api/inserjeunes/stats`: usage over a period and what data the service holds. */
export const Stats = z.object({
  periode: z.object({ du: z.string(), au: z.string() }),
  usage: z.array(UsageJour),
  totaux_usage: z.object({
    appels: z.int(),
    vues_widget: z.int(),
    consommateurs: z.int(),
    /** Widget views per consumer over the period, most first. */
    vues_widget_par_consommateur: z.array(z.object({ consommateur: z.string(), vues: z.int() })),
  }),
  couverture_donnees: z.array(
    z.object({
      scope: z.enum(SCOPES),
      filiere: z.enum(FILIERES),
      millesime: z.string(),
      lignes: z.int(),
      codes: z.int(),
      /** Rows with at least 20 students, whose figures are shown. */
      publiables: z.int(),
    }),
  ),
});
export type Stats = z.infer<typeof Stats>;
