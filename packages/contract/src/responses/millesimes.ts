import * as z from 'zod/mini';
import { FILIERES } from '../filiere.js';
import { SCOPES } from '../scope.js';

/** One import, as listed behind the figures it brought. */
export const ImportResume = z.object({
  id: z.int(),
  jeu_de_donnees: z.string(),
  libelle: z.string(),
  fichier: z.string(),
  importe_le: z.string(),
  fictif: z.boolean(),
  lignes_importees: z.int(),
});
export type ImportResume = z.infer<typeof ImportResume>;

/** `GET /api/inserjeunes/millesimes`: what exists per scope and filière, newest first. */
export const Millesimes = z.object({
  disponibles: z.array(
    z.object({
      scope: z.enum(SCOPES),
      filiere: z.enum(FILIERES),
      /** The millésime served when none is asked for. */
      dernier: z.string(),
      millesimes: z.array(
        z.object({
          millesime: z.string(),
          lignes: z.int(),
          /** Ids of the imports behind these rows (see `imports`). */
          imports: z.array(z.int()),
        }),
      ),
    }),
  ),
  imports: z.array(ImportResume),
});
export type Millesimes = z.infer<typeof Millesimes>;
