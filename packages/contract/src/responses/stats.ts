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

const Usage = { appels: z.int(), vues_widget: z.int() };

/** A partner's own usage over the period, returned only with its key. */
export const MonUsage = z.object({
  partenaire: z.string(),
  /** Requests per minute its key allows. */
  limite_par_minute: z.int(),
  ...Usage,
  par_jour: z.array(z.object({ jour: z.string(), ...Usage })),
  par_route: z.array(z.object({ route: z.string(), ...Usage })),
});
export type MonUsage = z.infer<typeof MonUsage>;

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
  /** With a key: the partner's own usage (never another's). */
  mon_usage: z.optional(MonUsage),
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
