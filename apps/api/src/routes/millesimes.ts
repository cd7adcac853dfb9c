import { Millesimes } from '@inserjeunes/contract';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { queryParams } from '../http/query-params.js';
import { sendJson } from '../http/send-body.js';
import type { RouteDeps } from './route-deps.js';

const millesimesQuery = { scope: queryParams.scope, filiere: queryParams.filiere };

/** What millésimes exist per scope and filière, and which imports brought them. */
export function millesimesRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/millesimes',
      query: millesimesQuery,
      operationId: 'millesimes',
      summary: 'Millésimes disponibles par périmètre et filière, et les imports derrière eux',
      description: '`dernier` est le millésime servi quand aucun n’est demandé.',
      tag: 'Nomenclature',
      responses: {
        200: { description: 'Millésimes', content: { 'application/json': Millesimes } },
      },
      errors: [400, 429, 503],
      use: [deps.cached],
      handler: async (c, { query }) => sendJson(c, await deps.readModel.millesimes(query)),
    }),
  ];
}
