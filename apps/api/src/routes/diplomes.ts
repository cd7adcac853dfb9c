import { ITEMS_PAR_PAGE_DEFAUT, ListeDiplomes, type ParseResult } from '@inserjeunes/contract';
import { searchDiplomes } from '../gallery/search-diplomes.js';
import { searchTerms } from '../gallery/search-terms.js';
import { invalidParameter } from '../http/api-failure.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { documentedText, parsedParam } from '../http/parsed-param.js';
import { queryParams } from '../http/query-params.js';
import type { QueryParam } from '../http/read-query.js';
import type { RouteDeps } from './route-deps.js';

const q: QueryParam<string> = {
  description:
    'Mots de l’intitulé (tous présents, sans tenir compte des accents ni de la casse) ou début du code.',
  schema: parsedParam(
    (raw: string): ParseResult<string> => {
      const value = raw.trim();
      if (value.length < 2 || value.length > 100) {
        return { ok: false, reason: 'attendu 2 à 100 caractères' };
      }
      if (searchTerms(value).length === 0) {
        return { ok: false, reason: 'attendu au moins une lettre ou un chiffre' };
      }
      return { ok: true, value };
    },
    documentedText({ minLength: 2, maxLength: 100 }),
  ),
};

const diplomesQuery = {
  q,
  page: queryParams.page,
  items_par_page: queryParams.items_par_page,
};

/** Diplomas found by label or code, for pickers such as the gallery's playground. */
export function diplomesRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/diplomes',
      query: diplomesQuery,
      operationId: 'rechercheDiplomes',
      summary: 'Chercher un diplôme par son intitulé ou son code',
      description:
        'Diplômes (CFD et SISE) dont l’intitulé contient tous les mots de `q`, ou dont le code commence par `q`. Les abréviations courantes sont comprises (« BTS MCO », « licence pro », « SIO »…) ; un type de diplôme se trouve aussi par le niveau du diplôme. Les meilleurs d’abord : code exact, début de code, intitulé commençant par le premier mot, puis les diplômes qui ont des chiffres et ceux qui sont ouverts.',
      tag: 'Nomenclature',
      responses: {
        200: { description: 'ListeDiplomes', content: { 'application/json': ListeDiplomes } },
      },
      errors: [400, 429, 503],
      use: [deps.cached],
      handler: async (c, { query }) => {
        if (query.q === undefined) throw invalidParameter('q', 'il est obligatoire');
        return c.json(
          await searchDiplomes(deps.db, {
            query: query.q,
            page: query.page ?? 1,
            size: query.items_par_page ?? ITEMS_PAR_PAGE_DEFAUT,
            today: deps.readModel.today(),
          }),
        );
      },
    }),
  ];
}
