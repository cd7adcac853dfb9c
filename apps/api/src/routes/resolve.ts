import { Resolution } from '@inserjeunes/contract';
import { invalidParameter } from '../http/api-failure.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { readCodes } from '../http/path-params.js';
import { sendJson } from '../http/send-body.js';
import type { RouteDeps } from './route-deps.js';

/** What a code is and how it resolves: level, label, renewals, final years, closure, data. */
export function resolveRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/resolve/:code',
      operationId: 'resolve',
      summary: 'Ce qu’est un code et comment il se résout',
      description:
        'Nature (diplôme, année terminale, année non terminale, seconde commune), niveau, libellé, liens de continuum, années terminales, fermeture, et les données qui existent pour lui.',
      tag: 'Nomenclature',
      params: {
        code: {
          description: 'Un code CFD, MEFSTAT11 ou SISE.',
          read: (raw: string) => readCodes(raw, 'code'),
        },
      },
      responses: {
        200: { description: 'Résolution', content: { 'application/json': Resolution } },
      },
      errors: [400, 404, 429, 503],
      use: [deps.cached],
      handler: async (c, { params }) => {
        const codes = params.code;
        const [requested] = codes;
        if (requested === undefined || codes.length > 1) {
          throw invalidParameter('code', 'un seul code à la fois', c.req.param('code'));
        }
        return sendJson(c, await deps.readModel.resolution(requested));
      },
    }),
  ];
}
