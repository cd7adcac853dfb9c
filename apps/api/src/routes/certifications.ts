import { Hono } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { listEndpoints, listOperations } from '../http/list-endpoints.js';
import { readCodes } from '../http/path-params.js';
import { readQuery } from '../http/read-query.js';
import { sendJson } from '../http/send-body.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import { CompatibleResponse, codesPathParam, compatibleQuery } from './figures-schemas.js';
import type { RouteDeps } from './route-deps.js';

/** National figures per certification, as the reference service's paths give them. */
export function certificationsRoutes(deps: RouteDeps) {
  const group = new Hono<ApiEnv>();
  listEndpoints(group, 'certifications', deps);
  group.get('/certifications/:codes', deps.cached, async (c) => {
    const query = readQuery(c, compatibleQuery);
    const codes = readCodes(c.req.param('codes'));
    return sendJson(c, await deps.readModel.national(codes, query));
  });
  return group;
}

export const certificationsOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/inserjeunes/certifications/{codes}',
    operationId: 'certifications',
    summary: 'Indicateurs nationaux d’une ou plusieurs certifications',
    description:
      'Un code : un enregistrement (la filière du type de code, ou `filiere`). Plusieurs codes ou `vue=filieres` : un bloc par filière, taux recalculés sur les effectifs sommés. Une année non terminale est résolue en année terminale (`resolution`) ; une seconde commune renvoie ses spécialités.',
    tag: 'Indicateurs',
    pathParams: { codes: codesPathParam },
    query: compatibleQuery,
    responses: {
      200: { description: 'Indicateurs', content: { 'application/json': CompatibleResponse } },
    },
    errors: [400, 404, 429, 503],
  },
  ...listOperations('certifications'),
];
