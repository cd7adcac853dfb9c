import { Distributions, MIN_SIMILAR_TRAININGS } from '@inserjeunes/contract';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { queryParams } from '../http/query-params.js';
import { sendJson } from '../http/send-body.js';
import type { RouteDeps } from './route-deps.js';

const comparaisonsQuery = {
  millesime: { ...queryParams.millesime, description: 'Le millésime (le plus récent par défaut).' },
  voie: queryParams.voie,
  region: {
    ...queryParams.region,
    description: 'Ne garder, parmi les régions, que celle-ci (la France reste).',
  },
};

/** `GET /comparaisons`: the distributions the widget's comparisons are made against. */
export function comparaisonsRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/comparaisons',
      operationId: 'comparaisons',
      summary: 'Les distributions des formations semblables',
      description: `Ce contre quoi \`/affichage\` compare : pour chaque niveau de diplôme, chaque région et la France, chaque voie et chaque chiffre comparé, le nombre de formations semblables publiables, le premier quartile, la médiane et le troisième quartile (interpolés, arrondis au point ou à l’euro, les demis vers le pair). Les distributions de moins de ${MIN_SIMILAR_TRAININGS} formations ne sont pas données : elles ne servent à aucune comparaison.`,
      tag: 'Widget',
      query: comparaisonsQuery,
      responses: {
        200: { description: 'Distributions', content: { 'application/json': Distributions } },
      },
      errors: [400, 429, 503],
      use: [deps.cached],
      handler: async (c, { query }) =>
        sendJson(
          c,
          await deps.readModel.distributions({
            millesime: query.millesime,
            voie: query.voie,
            region: query.region?.code,
          }),
        ),
    }),
  ];
}
