import type { DbHandle } from '@inserjeunes/db';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiEnv } from '../http/api-env.js';
import { unavailable } from '../http/error-handler.js';
import { readQuery } from '../http/read-query.js';
import type { ApiOperation } from '../openapi/api-operation.js';

/** Whether the database answers: for load balancers and uptime checks, never cached. */
export function healthRoutes(db: DbHandle) {
  return new Hono<ApiEnv>().get('/healthz', async (c) => {
    readQuery(c, {});
    try {
      await db.ping();
    } catch {
      throw unavailable();
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok', base: db.kind });
  });
}

export const healthOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/healthz',
    operationId: 'healthz',
    summary: 'État du service : la base de données répond-elle ?',
    tag: 'Service',
    query: {},
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
  },
];
