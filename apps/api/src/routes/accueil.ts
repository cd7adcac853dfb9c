import * as z from 'zod/mini';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { sendJson } from '../http/send-body.js';
import { API_VERSION } from '../version.js';
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
  version: API_VERSION,
  documentation: '/api/docs',
  openapi: '/api/openapi.json',
  sante: '/api/healthz',
};

/** Where to start: what the service is and where its documentation lies. */
export function accueilRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'accueil',
      summary: 'Point d’entrée : le service et les liens vers sa documentation',
      tag: 'Service',
      responses: { 200: { description: 'Accueil', content: { 'application/json': Accueil } } },
      errors: [429],
      use: [deps.cached],
      handler: (c) => {
        return sendJson(c, ACCUEIL);
      },
    }),
  ];
}
