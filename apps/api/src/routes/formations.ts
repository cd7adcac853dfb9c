import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiEnv } from '../http/api-env.js';
import { invalidParameter } from '../http/api-failure.js';
import { listEndpoints, listOperations } from '../http/list-endpoints.js';
import { readCodes, readUai } from '../http/path-params.js';
import { readQuery } from '../http/read-query.js';
import { sendJson } from '../http/send-body.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import { CompatibleResponse, compatibleQuery } from './figures-schemas.js';
import type { RouteDeps } from './route-deps.js';

/** Figures of one certification in one establishment (`UAI-code`). */
export function formationsRoutes(deps: RouteDeps) {
  const group = new Hono<ApiEnv>();
  listEndpoints(group, 'formations', deps);
  group.get('/formations/:formation', deps.cached, async (c) => {
    const query = readQuery(c, compatibleQuery);
    const raw = c.req.param('formation');
    const dash = raw.indexOf('-');
    if (dash < 0) {
      throw invalidParameter('formation', 'attendu UAI-code, par exemple 0010001W-40025214', raw);
    }
    const uai = readUai(raw.slice(0, dash));
    const codes = readCodes(raw.slice(dash + 1), 'code');
    return sendJson(c, await deps.readModel.formation(uai, codes, query));
  });
  return group;
}

export const formationsOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/inserjeunes/formations/{uai}-{code}',
    operationId: 'formations',
    summary: 'Indicateurs d’une certification dans un établissement',
    tag: 'Indicateurs',
    pathParams: {
      uai: { description: 'UAI de l’établissement.', schema: z.string() },
      code: {
        description: 'Code de certification (ou plusieurs, séparés par « , »).',
        schema: z.string(),
      },
    },
    query: compatibleQuery,
    responses: {
      200: { description: 'Indicateurs', content: { 'application/json': CompatibleResponse } },
    },
    errors: [400, 404, 429, 503],
  },
  ...listOperations('formations'),
];
