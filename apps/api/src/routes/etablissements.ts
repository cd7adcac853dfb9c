import { IndicateursEtablissement } from '@inserjeunes/contract';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiEnv } from '../http/api-env.js';
import { readUai } from '../http/path-params.js';
import { queryParams } from '../http/query-params.js';
import { readQuery } from '../http/read-query.js';
import { sendJson } from '../http/send-body.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import type { RouteDeps } from './route-deps.js';

const etablissementQuery = { millesime: queryParams.millesime, filiere: queryParams.filiere };

/** An establishment's figures over all its trainings (CFA and lycée files), per millésime. */
export function etablissementsRoutes(deps: RouteDeps) {
  return new Hono<ApiEnv>().get('/etablissements/:uai', deps.cached, async (c) => {
    const query = readQuery(c, etablissementQuery);
    const uai = readUai(c.req.param('uai'));
    return sendJson(c, await deps.readModel.etablissement(uai, query));
  });
}

export const etablissementsOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/inserjeunes/etablissements/{uai}',
    operationId: 'etablissement',
    summary: 'Indicateurs d’un établissement, toutes formations confondues',
    tag: 'Indicateurs',
    pathParams: { uai: { description: 'UAI de l’établissement.', schema: z.string() } },
    query: etablissementQuery,
    responses: {
      200: {
        description: 'Un enregistrement par millésime et filière',
        content: { 'application/json': IndicateursEtablissement },
      },
    },
    errors: [400, 404, 429, 503],
  },
];
