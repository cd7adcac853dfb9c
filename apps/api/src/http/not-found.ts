import type { Context } from 'hono';
import type { ApiOperation } from '../openapi/api-operation.js';
import { ApiFailure } from './api-failure.js';
import { PathTemplate } from './path-template.js';

/**
 * The answer for a path no route serves: 405 with `Allow` when the path exists for another
 * method, 404 otherwise, both in the contract's error shape.
 */
export function notFound(operations: readonly ApiOperation[]) {
  const templates = operations.map((op) => ({
    method: op.method.toUpperCase(),
    template: new PathTemplate(op.path),
  }));
  return (c: Context): Response => {
    const allowed = templates
      .filter((entry) => entry.template.matches(c.req.path))
      .map((entry) => entry.method);
    const failure =
      allowed.length > 0
        ? new ApiFailure(
            'methode_non_autorisee',
            `Méthode ${c.req.method} non autorisée sur ${c.req.path} ; méthodes permises : ${allowed.join(', ')}.`,
            { methodes: allowed },
            { Allow: [...allowed, 'OPTIONS'].join(', ') },
          )
        : new ApiFailure(
            'non_trouve',
            `Aucune route ${c.req.method} ${c.req.path}. La documentation est sur /api/docs.`,
          );
    for (const [name, value] of Object.entries(failure.headers)) c.header(name, value);
    return c.json(failure.toJSON(), failure.status as 404);
  };
}
