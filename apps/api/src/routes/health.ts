import type { DbHandle } from '@inserjeunes/db';
import * as z from 'zod/mini';
import type { DataState } from '../data/data-state.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { unavailable } from '../http/error-handler.js';

const State = z.object({ status: z.literal('ok'), base: z.enum(['pglite', 'postgres']) });

/**
 * Liveness and readiness, for orchestrators, load balancers and uptime checks: never cached,
 * never rate-limited, never logged per call (see `QUIET_PATHS`).
 * - `/healthz`: the process answers (restart it when it does not); the database is not asked,
 *   so an outage of the database does not get every API process restarted.
 * - `/readyz`: the database answers and the data is read (send traffic to it), else 503.
 */
export function healthRoutes(db: DbHandle, state: DataState): ApiRoute[] {
  const ok = { status: 'ok', base: db.kind } as const;
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      operationId: 'healthz',
      summary: 'Vivacité : le processus répond',
      description:
        'Répond 200 tant que le processus répond, sans interroger la base : un orchestrateur redémarre le processus quand elle ne répond plus.',
      tag: 'Service',
      responses: {
        200: { description: 'Le processus répond', content: { 'application/json': State } },
      },
      errors: [400],
      handler: (c) => {
        c.header('Cache-Control', 'no-store');
        return c.json(ok);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      operationId: 'readyz',
      summary: 'Disponibilité : la base répond et les données sont lues',
      description:
        'Répond 200 quand la base de données répond et que les données sont lues, 503 avec Retry-After sinon : un répartiteur de charge n’envoie les requêtes qu’aux processus prêts.',
      tag: 'Service',
      responses: {
        200: { description: 'Prêt à servir', content: { 'application/json': State } },
      },
      errors: [400, 503],
      handler: async (c) => {
        try {
          await db.ping();
          await state.current();
        } catch {
          throw unavailable();
        }
        c.header('Cache-Control', 'no-store');
        return c.json(ok);
      },
    }),
  ];
}
