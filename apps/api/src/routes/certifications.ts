import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { listRoutes } from '../http/list-endpoints.js';
import { codesParam } from '../http/path-params.js';
import { sendJson } from '../http/send-body.js';
import { compatibleQuery, compatibleResponses } from './figures-schemas.js';
import type { RouteDeps } from './route-deps.js';

/** National figures per certification, as the reference service's paths give them. */
export function certificationsRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/certifications/:codes',
      operationId: 'certifications',
      summary: 'Indicateurs nationaux d’une ou plusieurs certifications',
      description:
        'Un code : un enregistrement (la filière du type de code, ou `filiere`). Plusieurs codes ou `vue=filieres` : un bloc par filière, taux recalculés sur les effectifs sommés. Une année non terminale est résolue en année terminale (`resolution`) ; une seconde commune renvoie ses spécialités.',
      tag: 'Indicateurs',
      params: { codes: codesParam },
      query: compatibleQuery,
      ...compatibleResponses,
      use: [deps.cached],
      handler: async (c, { params, query }) =>
        sendJson(c, await deps.readModel.national(params.codes, query)),
    }),
    ...listRoutes('certifications', deps),
  ];
}
