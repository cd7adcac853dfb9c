import { IndicateursEtablissement } from '@inserjeunes/contract';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { readUai } from '../http/path-params.js';
import { queryParams } from '../http/query-params.js';
import { sendJson } from '../http/send-body.js';
import type { RouteDeps } from './route-deps.js';

/** An establishment's figures over all its trainings (CFA and lycée files), per millésime. */
export function etablissementsRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/etablissements/:uai',
      operationId: 'etablissement',
      summary: 'Indicateurs d’un établissement, toutes formations confondues',
      tag: 'Indicateurs',
      params: {
        uai: { description: 'UAI de l’établissement.', read: (raw: string) => readUai(raw) },
      },
      query: { millesime: queryParams.millesime, filiere: queryParams.filiere },
      responses: {
        200: {
          description: 'Un enregistrement par millésime et filière',
          content: { 'application/json': IndicateursEtablissement },
        },
      },
      errors: [400, 404, 429, 503],
      use: [deps.cached],
      handler: async (c, { params, query }) =>
        sendJson(c, await deps.readModel.etablissement(params.uai, query)),
    }),
  ];
}
