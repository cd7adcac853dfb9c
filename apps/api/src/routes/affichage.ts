import { Affichage } from '@inserjeunes/contract';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { codesParam } from '../http/path-params.js';
import { queryParams } from '../http/query-params.js';
import { sendJson } from '../http/send-body.js';
import type { RouteDeps } from './route-deps.js';

const affichageQuery = {
  uai: queryParams.uai,
  region: queryParams.region,
  millesime: queryParams.millesime,
  voie: queryParams.voie,
  audience: queryParams.audience,
  widget: queryParams.widget,
};

/** The widget's one request (ADR 3): the server applies the scope fallback. */
export function affichageRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/affichage/:codes',
      operationId: 'affichage',
      summary: 'Tout ce qu’un widget affiche, en une requête',
      description:
        'Le serveur essaie l’établissement (uai), puis la région (region, sinon celle de l’établissement), puis la France, et montre le premier périmètre qui a un chiffre publiable. `repli` liste les périmètres écartés et pourquoi ; `absence` dit pourquoi il n’y a rien à montrer. `audience` et `widget` identifient les appels du widget dans les statistiques.',
      tag: 'Widget',
      params: { codes: codesParam },
      query: affichageQuery,
      responses: { 200: { description: 'Affichage', content: { 'application/json': Affichage } } },
      errors: [400, 404, 429, 503],
      use: [deps.cached],
      handler: async (c, { params, query }) =>
        sendJson(
          c,
          await deps.readModel.affichage({
            codes: params.codes,
            uai: query.uai,
            region: query.region,
            millesime: query.millesime,
            voie: query.voie,
          }),
        ),
    }),
  ];
}
