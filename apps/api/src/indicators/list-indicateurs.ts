import {
  type Filiere,
  type Indicateur,
  ITEMS_PAR_PAGE_DEFAUT,
  type Pagination,
} from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { academies, etablissements, indicateurs } from '@inserjeunes/db';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { ReadModel } from '../read-model/read-model.js';
import { buildIndicateur } from './build-indicateur.js';

export interface ListFilters {
  millesimes?: string[] | undefined;
  codes?: string[] | undefined;
  regions?: string[] | undefined;
  academies?: string[] | undefined;
  uais?: string[] | undefined;
  filiere?: Filiere | undefined;
}

export interface ListRequest {
  scope: 'national' | 'regional' | 'formation';
  filters: ListFilters;
  /** A page, or every row (CSV export). */
  page: { number: number; size: number } | 'all';
}

/** Rows exported at most by one CSV request; past it, the export asks for filters. */
export const CSV_MAX_ROWS = 200_000;

/**
 * One page of records at one scope, filtered, in a stable order (newest millésime first,
 * then code, filière, region, UAI) so pages do not overlap or skip rows between requests.
 */
export async function listIndicateurs(
  { db }: DbHandle,
  readModel: ReadModel,
  request: ListRequest,
): Promise<{ records: Indicateur[]; pagination: Pagination }> {
  const where = conditions(request);
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(indicateurs)
    .where(where);
  const total = counted?.total ?? 0;
  const size = request.page === 'all' ? Math.max(total, 1) : request.page.size;
  const number = request.page === 'all' ? 1 : request.page.number;
  const rows = await db
    .select()
    .from(indicateurs)
    .where(where)
    .orderBy(
      desc(sql`right(${indicateurs.millesime}, 4)`),
      desc(indicateurs.millesime),
      asc(indicateurs.code),
      asc(indicateurs.filiere),
      asc(indicateurs.region_code),
      asc(indicateurs.uai),
      asc(indicateurs.id),
    )
    .limit(size)
    .offset((number - 1) * size);
  const context = await readModel.labelled(rows);
  return {
    records: rows.map((row) => buildIndicateur([row], context)),
    pagination: {
      page: number,
      items_par_page: request.page === 'all' ? total : size,
      nombre_de_pages: Math.ceil(total / size),
      total,
    },
  };
}

/** How many rows a request would export, to refuse an unfiltered export too large to send. */
export async function countIndicateurs({ db }: DbHandle, request: ListRequest): Promise<number> {
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(indicateurs)
    .where(conditions(request));
  return counted?.total ?? 0;
}

function conditions({ scope, filters }: ListRequest): SQL | undefined {
  const parts: (SQL | undefined)[] = [eq(indicateurs.scope, scope)];
  if (filters.millesimes) parts.push(inArray(indicateurs.millesime, filters.millesimes));
  if (filters.codes) parts.push(inArray(indicateurs.code, filters.codes));
  if (filters.filiere) parts.push(eq(indicateurs.filiere, filters.filiere));
  if (filters.regions) {
    parts.push(
      scope === 'formation'
        ? or(
            inArray(indicateurs.region_code, filters.regions),
            inArray(
              indicateurs.uai,
              sql`(select ${etablissements.uai} from ${etablissements} where ${inArray(etablissements.region_code, filters.regions)})`,
            ),
          )
        : inArray(indicateurs.region_code, filters.regions),
    );
  }
  if (filters.academies) {
    parts.push(
      scope === 'formation'
        ? inArray(
            indicateurs.uai,
            sql`(select ${etablissements.uai} from ${etablissements} where ${inArray(etablissements.academie_code, filters.academies)})`,
          )
        : inArray(
            indicateurs.region_code,
            sql`(select ${academies.region_code} from ${academies} where ${inArray(academies.code, filters.academies)})`,
          ),
    );
  }
  if (filters.uais) parts.push(inArray(indicateurs.uai, filters.uais));
  return and(...parts);
}

export const DEFAULT_PAGE = { number: 1, size: ITEMS_PAR_PAGE_DEFAUT };
