import {
  Indicateur,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
} from '@inserjeunes/contract';
import * as z from 'zod/mini';
import { queryParams } from '../http/query-params.js';

/** What the compatible routes answer: one record, one per filière, or specialities. */
export const CompatibleResponse = z.union([
  Indicateur,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
]);

/** Query parameters of the compatible figure routes. */
export const compatibleQuery = {
  millesime: queryParams.millesime,
  filiere: queryParams.filiere,
  vue: queryParams.vue,
};

export const codesPathParam = {
  description:
    'Un ou plusieurs codes (CFD, MEFSTAT11, SISE, préfixés ou non) séparés par « , » ou « | ».',
  schema: z.string(),
};
