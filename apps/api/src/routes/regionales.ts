import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiEnv } from '../http/api-env.js';
import { listEndpoints, listOperations } from '../http/list-endpoints.js';
import { readCodes, readRegion } from '../http/path-params.js';
import { readQuery } from '../http/read-query.js';
import { sendJson } from '../http/send-body.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import { CompatibleResponse, codesPathParam, compatibleQuery } from './figures-schemas.js';
import type { RouteDeps } from './route-deps.js';

/** Regional figures per certification. */
export function regionalesRoutes(deps: RouteDeps) {
  const group = new Hono<ApiEnv>();
  listEndpoints(group, 'regionales', deps);
  group.get('/regionales/:region/certifications/:codes', deps.cached, async (c) => {
    const query = readQuery(c, compatibleQuery);
    const region = readRegion(c.req.param('region'));
    const codes = readCodes(c.req.param('codes'));
    return sendJson(c, await deps.readModel.regional(region, codes, query));
  });
  return group;
}

export const regionalesOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/inserjeunes/regionales/{region}/certifications/{codes}',
    operationId: 'regionales',
    summary: 'Indicateurs régionaux d’une ou plusieurs certifications',
    description: 'Mêmes règles que la route nationale, dans une région.',
    tag: 'Indicateurs',
    pathParams: {
      region: {
        description: 'Code de région INSEE (11, 84…) ou code postal d’une commune de la région.',
        schema: z.string(),
      },
      codes: codesPathParam,
    },
    query: compatibleQuery,
    responses: {
      200: { description: 'Indicateurs', content: { 'application/json': CompatibleResponse } },
    },
    errors: [400, 404, 429, 503],
  },
  ...listOperations('regionales'),
];
