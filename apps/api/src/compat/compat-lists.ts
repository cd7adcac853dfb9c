import type { Region } from '@inserjeunes/contract';
import { CompatError } from './compat-error.js';
import type { CompatParams } from './compat-params.js';
import type { CompatListRequest, CompatSource } from './compat-source.js';
import { millesimeCounterpart } from './millesime-counterpart.js';
import type { ReferenceListName } from './reference-csv.js';
import { type ReferenceStat, referenceStat } from './reference-stat.js';

/** The reference's page size when none is asked for. */
export const COMPAT_ITEMS_PAR_PAGE_DEFAUT = 10;
/** Rows a CSV export without pagination holds at most. */
export const COMPAT_CSV_MAX_ROWS = 200_000;

const SCOPES: Record<ReferenceListName, CompatListRequest['scope']> = {
  certifications: 'national',
  regionales: 'regional',
  formations: 'formation',
};

/** `pagination` of a list, as the reference named it (`nombre_de_page`, at least 1). */
export interface ReferencePagination {
  page: number;
  items_par_page: number;
  nombre_de_page: number;
  total: number;
}

/**
 * One page (or, for a CSV export without `page` nor `items_par_page`, every row) of a
 * list in the reference's shape. Without `millesimes`, the latest millésime of each filière
 * at that scope, as the reference served its latest; a millésime asked for also brings its
 * other form (`2024` ↔ `2023_2024`). Rows come in a stable order.
 */
export async function compatList(
  source: CompatSource,
  list: ReferenceListName,
  params: CompatParams,
  options: { region?: Region | undefined; all?: boolean | undefined } = {},
): Promise<{ items: ReferenceStat[]; pagination: ReferencePagination }> {
  const scope = SCOPES[list];
  const regions = options.region === undefined ? params.regions : [options.region];
  const filters = {
    scope,
    millesimes: await millesimesOf(source, scope, params.millesimes),
    codes: params.code_certifications?.map((code) => code.code),
    regions: regions?.map((region) => region.code),
    academies: params.academies,
    uais: params.uais,
  };
  const paged = !options.all || params.page !== undefined || params.items_par_page !== undefined;
  const number = params.page ?? 1;
  const size = params.items_par_page ?? COMPAT_ITEMS_PAR_PAGE_DEFAUT;
  if (!paged) {
    const { total } = await source.list({ ...filters, page: { number: 1, size: 1 } });
    if (total > COMPAT_CSV_MAX_ROWS) {
      throw new CompatError(400, 'Erreur de validation', {
        data: {
          explication: `L’export compterait ${total} lignes, plus que les ${COMPAT_CSV_MAX_ROWS} permises : filtrez (millesimes, code_certifications, regions…) ou paginez (page, items_par_page).`,
        },
      });
    }
  }
  const { records, total } = await source.list({
    ...filters,
    page: paged ? { number, size } : 'all',
  });
  const etablissements =
    scope === 'formation'
      ? await source.etablissements([
          ...new Set(
            records.map((record) => record.etablissement?.uai).filter((uai) => uai !== undefined),
          ),
        ])
      : new Map();
  const items = records.map((record) =>
    referenceStat(record, {
      etablissement:
        record.etablissement === null ? null : etablissements.get(record.etablissement.uai),
    }),
  );
  const perPage = paged ? size : Math.max(total, 1);
  return {
    items,
    pagination: {
      page: paged ? number : 1,
      items_par_page: perPage,
      nombre_de_page: Math.ceil(total / perPage) || 1,
      total,
    },
  };
}

async function millesimesOf(
  source: CompatSource,
  scope: CompatListRequest['scope'],
  asked: readonly string[] | undefined,
): Promise<string[]> {
  const base =
    asked ?? [...(await source.millesimes(scope)).values()].flatMap((held) => held.slice(0, 1));
  const all = new Set<string>();
  for (const millesime of base) {
    all.add(millesime);
    const counterpart = millesimeCounterpart(millesime);
    if (counterpart !== null) all.add(counterpart);
  }
  return [...all];
}
