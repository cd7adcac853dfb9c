import type { DbHandle } from '@inserjeunes/db';
import * as z from 'zod/mini';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { unavailable } from '../http/error-handler.js';

/** Whether the database answers: for load balancers and uptime checks, never cached. */
export function healthRoutes(db: DbHandle): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      operationId: 'healthz',
      summary: 'État du service : la base de données répond-elle ?',
      tag: 'Service',
      responses: {
        200: {
          description: 'La base répond',
          content: {
            'application/json': z.object({
              status: z.literal('ok'),
              base: z.enum(['pglite', 'postgres']),
            }),
          },
        },
      },
      errors: [503],
      handler: async (c) => {
        try {
          await db.ping();
        } catch {
          throw unavailable();
        }
        c.header('Cache-Control', 'no-store');
        return c.json({ status: 'ok', base: db.kind });
      },
    }),
  ];
}
