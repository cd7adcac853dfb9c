import { ExemplesGalerie } from '@inserjeunes/contract';
import { Hono } from 'hono';
import { findExemples } from '../gallery/find-exemples.js';
import type { ApiEnv } from '../http/api-env.js';
import { readQuery } from '../http/read-query.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import type { RouteDeps } from './route-deps.js';

/**
 * The gallery's examples: for each widget state, a request the data answers with that
 * state. Computed once per data version (the response cache drops it after an import).
 */
export function exemplesRoutes(deps: RouteDeps) {
  return new Hono<ApiEnv>().get('/exemples', deps.cached, async (c) => {
    readQuery(c, {});
    return c.json(await findExemples(deps.db, deps.readModel));
  });
}

export const exemplesOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/galerie/exemples',
    operationId: 'exemplesGalerie',
    summary: 'Un exemple par état du widget, pris dans les données chargées',
    description:
      'Pour chaque état du widget (chiffres, deux voies, repli, masqué, aucune donnée, diplôme fermé ou rénové, seconde commune, supérieur, code inconnu), les attributs d’une requête qui le montre, vérifiée sur la réponse de `affichage`. Les données officielles sont préférées aux données fictives ; `donnees` dit lesquelles sont chargées et `manquants` les états sans exemple.',
    tag: 'Galerie',
    responses: {
      200: { description: 'ExemplesGalerie', content: { 'application/json': ExemplesGalerie } },
    },
    errors: [429, 503],
  },
];
