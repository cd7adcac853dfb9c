import * as z from 'zod/mini';
import { Indicateur, SecondeCommune } from '../indicateur.js';

/**
 * The answer of the compatible routes for a common first year: its specialities, and the
 * figures of each speciality that has some at the scope asked.
 */
export const IndicateursSecondeCommune = z.extend(SecondeCommune, {
  certifications: z.array(Indicateur),
});
export type IndicateursSecondeCommune = z.infer<typeof IndicateursSecondeCommune>;
