import { ExemplesGalerie } from '@inserjeunes/contract';
import { findExemples } from '../gallery/find-exemples.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import type { RouteDeps } from './route-deps.js';

/**
 * The gallery's examples: for each widget state, a request the data answers with that
 * state. Computed once per data version (the response cache drops it after an import).
 */
export function exemplesRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/exemples',
      operationId: 'exemplesGalerie',
      summary: 'Un exemple par état du widget, pris dans les données chargées',
      description:
        'Pour chaque état du widget (chiffres, deux voies, repli, masqué, aucune donnée, diplôme fermé ou rénové, seconde commune, supérieur, code inconnu), les attributs d’une requête qui le montre, vérifiée sur la réponse de `affichage`. Les données officielles sont préférées aux données fictives ; `donnees` dit lesquelles sont chargées et `manquants` les états sans exemple.',
      tag: 'Galerie',
      responses: {
        200: { description: 'ExemplesGalerie', content: { 'application/json': ExemplesGalerie } },
      },
      errors: [429, 503],
      use: [deps.cached],
      handler: async (c) => c.json(await findExemples(deps.db, deps.readModel)),
    }),
  ];
}
