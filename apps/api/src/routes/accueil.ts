import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiEnv } from '../http/api-env.js';
import { readQuery } from '../http/read-query.js';
import { sendJson } from '../http/send-body.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import type { RouteDeps } from './route-deps.js';

const Accueil = z.object({
  service: z.string(),
  version: z.string(),
  documentation: z.string(),
  openapi: z.string(),
  sante: z.string(),
});

const ACCUEIL: z.infer<typeof Accueil> = {
  service: 'API InserJeunes et InserSup',
  version: '1.0.0',
  documentation: '/api/docs',
  openapi: '/api/openapi.json',
  sante: '/api/healthz',
};

/** Where to start: what the service is and where its documentation lies. */
export function accueilRoutes(deps: RouteDeps) {
  return new Hono<ApiEnv>().get('/', deps.cached, (c) => {
    readQuery(c, {});
    return sendJson(c, ACCUEIL);
  });
}

export const accueilOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api',
    operationId: 'accueil',
    summary: 'Point d’entrée : le service et les liens vers sa documentation',
    tag: 'Service',
    query: {},
    responses: { 200: { description: 'Accueil', content: { 'application/json': Accueil } } },
    errors: [429],
  },
];
