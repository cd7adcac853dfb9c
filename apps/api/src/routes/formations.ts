import type { CertificationCode } from '@inserjeunes/contract';
import { invalidParameter } from '../http/api-failure.js';
import { type ApiRoute, defineRoute, type PathParam } from '../http/define-route.js';
import { listRoutes } from '../http/list-endpoints.js';
import { readCodes, readUai } from '../http/path-params.js';
import { sendJson } from '../http/send-body.js';
import { compatibleQuery, compatibleResponses } from './figures-schemas.js';
import type { RouteDeps } from './route-deps.js';

/** `UAI-code`: one segment, read as an establishment and its codes. */
const formationParam: PathParam<{ uai: string; codes: CertificationCode[] }> = {
  description: 'UAI de l’établissement, « - », code(s) de certification.',
  read(raw) {
    const dash = raw.indexOf('-');
    if (dash < 0) {
      throw invalidParameter('formation', 'attendu UAI-code, par exemple 0010001W-40025214', raw);
    }
    return { uai: readUai(raw.slice(0, dash)), codes: readCodes(raw.slice(dash + 1), 'code') };
  },
};

/** Figures of one certification in one establishment (`UAI-code`). */
export function formationsRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/formations/:formation',
      documented: {
        path: '/formations/{uai}-{code}',
        params: {
          uai: { description: 'UAI de l’établissement.' },
          code: { description: 'Code de certification (ou plusieurs, séparés par « , »).' },
        },
      },
      operationId: 'formations',
      summary: 'Indicateurs d’une certification dans un établissement',
      tag: 'Indicateurs',
      params: { formation: formationParam },
      query: compatibleQuery,
      ...compatibleResponses,
      use: [deps.cached],
      handler: async (c, { params, query }) => {
        const { uai, codes } = params.formation;
        return sendJson(c, await deps.readModel.formation(uai, codes, query));
      },
    }),
    ...listRoutes('formations', deps),
  ];
}
