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

/** The answers and errors of the compatible figure routes. */
export const compatibleResponses = {
  responses: {
    200: { description: 'Indicateurs', content: { 'application/json': CompatibleResponse } },
  },
  errors: [400, 404, 429, 503],
};
