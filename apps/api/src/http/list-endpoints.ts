import {
  ITEMS_PAR_PAGE_DEFAUT,
  ListeCertifications,
  ListeFormations,
  ListeRegionales,
} from '@inserjeunes/contract';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { INDICATEUR_CSV_HEADER, indicateurCsvRow } from '../indicators/indicateur-csv.js';
import {
  CSV_MAX_ROWS,
  countIndicateurs,
  type ListRequest,
  listIndicateurs,
} from '../indicators/list-indicateurs.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import type { RouteDeps } from '../routes/route-deps.js';
import type { ApiEnv } from './api-env.js';
import { ApiFailure } from './api-failure.js';
import { queryParams } from './query-params.js';
import { readQuery } from './read-query.js';
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
 * Registers a filtered list and its CSV export: `/<name>` answers one page
 * (`page`, `items_par_page`), `/<name>.csv` every matching row in the same order.
 */
export function listEndpoints(group: Hono<ApiEnv>, name: ListName, deps: RouteDeps): void {
  const { scope } = LISTS[name];
  group.get(`/${name}`, deps.cached, async (c) => {
    const query = readQuery(c, specOf(name));
    const request: ListRequest = {
      scope,
      filters: filtersFrom(query),
      page: { number: query.page ?? 1, size: query.items_par_page ?? ITEMS_PAR_PAGE_DEFAUT },
    };
    const { records, pagination } = await listIndicateurs(deps.db, deps.readModel, request);
    return sendJson(c, { [name]: records, pagination });
  });
  group.get(`/${name}.csv`, deps.cached, async (c) => {
    const query = readQuery(c, specOf(name));
    const paged = query.page !== undefined || query.items_par_page !== undefined;
    const request: ListRequest = {
      scope,
      filters: filtersFrom(query),
      page: paged
        ? { number: query.page ?? 1, size: query.items_par_page ?? ITEMS_PAR_PAGE_DEFAUT }
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
  });
}

function filtersFrom(query: Record<string, unknown>): ListRequest['filters'] {
  const q = query as {
    millesimes?: string[];
    codes?: { code: string }[];
    regions?: { code: string }[];
    academies?: string[];
    uais?: string[];
    filiere?: ListRequest['filters']['filiere'];
  };
  return {
    millesimes: q.millesimes,
    codes: q.codes?.map((code) => code.code),
    regions: q.regions?.map((region) => region.code),
    academies: q.academies,
    uais: q.uais,
    filiere: q.filiere,
  };
}

/** The documentation of a list and its export. */
export function listOperations(name: ListName): ApiOperation[] {
  const { schema, label } = LISTS[name];
  const path = `/api/inserjeunes/${name}`;
  return [
    {
      method: 'get',
      path,
      operationId: `liste_${name}`,
      summary: `Liste des indicateurs ${label}, filtrée et paginée`,
      description:
        'Ordre stable : millésime le plus récent d’abord, puis code, filière, région, UAI.',
      tag: 'Listes',
      query: specOf(name),
      responses: { 200: { description: 'Une page', content: { 'application/json': schema } } },
      errors: [400, 429, 503],
    },
    {
      method: 'get',
      path: `${path}.csv`,
      operationId: `export_${name}`,
      summary: `Export CSV des indicateurs ${label}`,
      description: `UTF-8 avec BOM, séparateur « ; », virgule décimale. Toutes les lignes filtrées (au plus ${CSV_MAX_ROWS}), ou une page avec page / items_par_page.`,
      tag: 'Listes',
      query: specOf(name),
      responses: { 200: { description: 'Fichier CSV', content: { 'text/csv': z.string() } } },
      errors: [400, 429, 503],
    },
  ];
}
