import { Affichage } from '@inserjeunes/contract';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { codesParam } from '../http/path-params.js';
import { queryParams } from '../http/query-params.js';
import { sendJson } from '../http/send-body.js';
import type { RouteDeps } from './route-deps.js';

export const affichageQuery = {
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
        'Le serveur essaie l’établissement (uai), puis la région (region, sinon celle de l’établissement), puis la France, et montre le premier périmètre qui a un chiffre publiable. `repli` liste les périmètres écartés et pourquoi ; `absence` dit pourquoi il n’y a rien à montrer. `audience` et `widget` identifient les appels du widget dans les statistiques.\n\n' +
        '`contexte` (une entrée par filière, dans l’ordre de `filieres`) dit sur combien d’élèves (`nb_annee_term`) et de sortants (`nb_sortant`) reposent les chiffres et quelles promotions ils additionnent ; `comparaison` situe chaque part principale et le salaire médian parmi les **formations semblables** : même niveau de diplôme, même voie, même millésime, dans la région et en France, chiffres publiables seulement (20 élèves au moins), chaque formation comptée une fois. `q1`, `mediane` et `q3` sont interpolés entre les valeurs rangées (QUARTILE.INC des tableurs), arrondis au point (à l’euro pour les salaires), les demis vers le pair. `position` : `quart_superieur` au-dessus de `q3`, `quart_inferieur` au-dessous de `q1`, sinon `moitie_centrale` ; `comparaison_impossible` avec moins de 5 formations semblables ou sans valeur propre. `evolution` donne les mêmes chiffres à la même échelle pour chaque millésime détenu (une tendance en demande deux). Les quartiles sont calculés une fois par version des données.',
      tag: 'Widget',
      params: { codes: codesParam },
      query: affichageQuery,
      responses: { 200: { description: 'Affichage', content: { 'application/json': Affichage } } },
      errors: [400, 404, 429, 503],
      use: [deps.cached],
      handler: async (c, { params, query }) => {
        const answer = await deps.readModel.affichage({
          codes: params.codes,
          uai: query.uai,
          region: query.region,
          millesime: query.millesime,
          voie: query.voie,
        });
        return sendJson(c, { ...answer, signalement: deps.signalement });
      },
    }),
  ];
}
