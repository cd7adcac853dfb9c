import {
  ITEMS_PAR_PAGE_DEFAUT,
  ListeCertifications,
  ListeFormations,
  ListeRegionales,
} from '@inserjeunes/contract';
import * as z from 'zod/mini';
import { INDICATEUR_CSV_HEADER, indicateurCsvRow } from '../indicators/indicateur-csv.js';
import {
  CSV_MAX_ROWS,
  countIndicateurs,
  type ListRequest,
  listIndicateurs,
} from '../indicators/list-indicateurs.js';
import type { RouteDeps } from '../routes/route-deps.js';
import { ApiFailure } from './api-failure.js';
import { type ApiRoute, defineRoute } from './define-route.js';
import { queryParams } from './query-params.js';
import { sendJson, sendText } from './send-body.js';
import { csvHeaders, toCsv } from './to-csv.js';

const LISTS = {
  certifications: { scope: 'national', schema: ListeCertifications, label: 'nationaux' },
  regionales: { scope: 'regional', schema: ListeRegionales, label: 'régionaux' },
  formations: { scope: 'formation', schema: ListeFormations, label: 'par établissement' },
} as const;
type ListName = keyof typeof LISTS;

function filtersOf(name: ListName) {
  const { millesimes, codes, filiere, regions, academies, uais } = queryParams;
  const base = { millesimes, codes, filiere };
  if (name === 'certifications') return base;
  if (name === 'regionales') return { ...base, regions, academies };
  return { ...base, regions, academies, uais };
}

function specOf(name: ListName) {
  return { ...filtersOf(name), page: queryParams.page, items_par_page: queryParams.items_par_page };
}

/**
 * A filtered list and its CSV export: `/<name>` answers one page (`page`,
 * `items_par_page`), `/<name>.csv` every matching row in the same order.
 */
export function listRoutes(name: ListName, deps: RouteDeps): ApiRoute[] {
  const { scope, schema, label } = LISTS[name];
  const query = specOf(name);
  const errors = [400, 429, 503];
  return [
    defineRoute({
      method: 'get',
      path: `/${name}`,
      operationId: `liste_${name}`,
      summary: `Liste des indicateurs ${label}, filtrée et paginée`,
      description:
        'Ordre stable : millésime le plus récent d’abord, puis code, filière, région, UAI.',
      tag: 'Listes',
      query,
      responses: { 200: { description: 'Une page', content: { 'application/json': schema } } },
      errors,
      use: [deps.cached],
      handler: async (c, { query: values }) => {
        const request: ListRequest = {
          scope,
          filters: filtersFrom(values),
          page: { number: values.page ?? 1, size: values.items_par_page ?? ITEMS_PAR_PAGE_DEFAUT },
        };
        const { records, pagination } = await listIndicateurs(deps.db, deps.readModel, request);
        return sendJson(c, { [name]: records, pagination });
      },
    }),
    defineRoute({
      method: 'get',
      path: `/${name}.csv`,
      operationId: `export_${name}`,
      summary: `Export CSV des indicateurs ${label}`,
      description: `UTF-8 avec BOM, séparateur « ; », virgule décimale. Toutes les lignes filtrées (au plus ${CSV_MAX_ROWS}), ou une page avec page / items_par_page.`,
      tag: 'Listes',
      query,
      responses: { 200: { description: 'Fichier CSV', content: { 'text/csv': z.string() } } },
      errors,
      use: [deps.cached],
      handler: async (c, { query: values }) => {
        const paged = values.page !== undefined || values.items_par_page !== undefined;
        const request: ListRequest = {
          scope,
          filters: filtersFrom(values),
          page: paged
            ? { number: values.page ?? 1, size: values.items_par_page ?? ITEMS_PAR_PAGE_DEFAUT }
            : 'all',
        };
        if (!paged) {
          const total = await countIndicateurs(deps.db, request);
          if (total > CSV_MAX_ROWS) {
            throw new ApiFailure(
              'parametre_invalide',
              `L’export compterait ${total} lignes, plus que les ${CSV_MAX_ROWS} permises : filtrez (millesimes, codes, regions…) ou paginez (page, items_par_page).`,
              { parametre: 'millesimes', total, maximum: CSV_MAX_ROWS },
            );
          }
        }
        const { records } = await listIndicateurs(deps.db, deps.readModel, request);
        const csv = toCsv(INDICATEUR_CSV_HEADER, records.map(indicateurCsvRow));
        return sendText(c, csv, csvHeaders(`inserjeunes-${name}.csv`));
      },
    }),
  ];
}

/** The filters a list's query gives (each list accepts some of them). */
interface ListQuery {
  millesimes?: string[] | undefined;
  codes?: { code: string }[] | undefined;
  regions?: { code: string }[] | undefined;
  academies?: string[] | undefined;
  uais?: string[] | undefined;
  filiere?: ListRequest['filters']['filiere'] | undefined;
}

function filtersFrom(q: ListQuery): ListRequest['filters'] {
  return {
    millesimes: q.millesimes,
    codes: q.codes?.map((code) => code.code),
    regions: q.regions?.map((region) => region.code),
    academies: q.academies,
    uais: q.uais,
    filiere: q.filiere,
  };
}
