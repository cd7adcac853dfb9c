import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { listRoutes } from '../http/list-endpoints.js';
import { codesParam, regionParam } from '../http/path-params.js';
import { sendJson } from '../http/send-body.js';
import { compatibleQuery, compatibleResponses } from './figures-schemas.js';
import type { RouteDeps } from './route-deps.js';

/** Regional figures per certification. */
export function regionalesRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/regionales/:region/certifications/:codes',
      operationId: 'regionales',
      summary: 'Indicateurs régionaux d’une ou plusieurs certifications',
      description: 'Mêmes règles que la route nationale, dans une région.',
      tag: 'Indicateurs',
      params: { region: regionParam, codes: codesParam },
      query: compatibleQuery,
      ...compatibleResponses,
      use: [deps.cached],
      handler: async (c, { params, query }) =>
        sendJson(c, await deps.readModel.regional(params.region, params.codes, query)),
    }),
    ...listRoutes('regionales', deps),
  ];
}
