import type { Filiere } from '@inserjeunes/contract';
import { type DbHandle, indicateurs } from '@inserjeunes/db';
import { getTableColumns } from 'drizzle-orm';
import type { IndicatorRow } from '../indicators/indicator-row.js';

/**
 * Rows are sent without their null columns (most of the 60 are empty in any one file) and
 * read them from this prototype instead, which roughly halves the memory they take.
 */
const NULLS: Readonly<Record<string, null>> = Object.freeze(
  Object.fromEntries(Object.keys(getTableColumns(indicateurs)).map((column) => [column, null])),
);

/** Rows read per query while loading: small results keep the drivers from holding large buffers. */
const CHUNK = 500;

/**
 * The national and regional figures, held in memory between two imports and indexed by
 * code and by diploma. They are bounded by the number of certifications × regions ×
 * millésimes (tens of thousands of rows), and every widget and compatible route reads
 * them: serving them from memory makes a cache miss cost no query. Figures per
 * establishment, far more numerous, stay in the database.
 */
export interface FigureStore {
  byCode: ReadonlyMap<string, readonly IndicatorRow[]>;
  byCfd: ReadonlyMap<string, readonly IndicatorRow[]>;
  size: number;
  /** Every UAI with figures of any kind (a few thousand), for checking catalogues. */
  uaisWithRows: ReadonlySet<string>;
  /** The voies in which each establishment publishes figures per formation (not its overall ones). */
  formationVoies: ReadonlyMap<string, ReadonlySet<Filiere>>;
}

export async function loadFigureStore({ query }: DbHandle): Promise<FigureStore> {
  const byCode = new Map<string, IndicatorRow[]>();
  const byCfd = new Map<string, IndicatorRow[]>();
  let size = 0;
  let after = 0;
  // A code, a millésime or a region is repeated over thousands of rows: one string each.
  const strings = new Map<string, string>();
  for (;;) {
    // One JSON value per chunk: both engines hand it over as one string, parsed natively.
    const [chunk] = await query<{ rows: string | null; last: number | null }>(
      `select json_agg(json_strip_nulls(row_to_json(t)) order by t.id)::text as rows, max(t.id) as last
         from (select * from indicateur
                where scope in ('national', 'regional') and id > $1
                order by id limit ${CHUNK}) t`,
      [after],
    );
    if (!chunk?.rows || chunk.last === null) break;
    for (const row of JSON.parse(chunk.rows) as IndicatorRow[]) {
      Object.setPrototypeOf(row, NULLS);
      shareStrings(row as unknown as Record<string, unknown>, strings);
      size++;
      if (row.code !== null) add(byCode, row.code, row);
      if (row.cfd !== null) add(byCfd, row.cfd, row);
    }
    after = Number(chunk.last);
  }
  const uais = await query<{ uai: string }>(
    'select distinct uai from indicateur where uai is not null',
  );
  const voies = await query<{ uai: string; filiere: Filiere }>(
    "select distinct uai, filiere from indicateur where scope = 'formation' and uai is not null",
  );
  const formationVoies = new Map<string, Set<Filiere>>();
  for (const { uai, filiere } of voies) {
    const known = formationVoies.get(uai);
    if (known === undefined) formationVoies.set(uai, new Set([filiere]));
    else known.add(filiere);
  }
  return {
    byCode,
    byCfd,
    size,
    uaisWithRows: new Set(uais.map((row) => row.uai)),
    formationVoies,
  };
}

/** Replaces each text value of `row` by the first equal one seen (the parser makes a new one each time). */
function shareStrings(row: Record<string, unknown>, strings: Map<string, string>): void {
  for (const column of Object.keys(row)) {
    const value = row[column];
    if (typeof value !== 'string') continue;
    const known = strings.get(value);
    if (known === undefined) strings.set(value, value);
    else row[column] = known;
  }
}

function add(map: Map<string, IndicatorRow[]>, key: string, row: IndicatorRow): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [row]);
  else list.push(row);
}

/** The stored rows of these codes or diplomas, nationally and in these regions. */
export function storedRows(
  store: FigureStore,
  codes: readonly string[],
  cfds: readonly string[],
  national: boolean,
  regions: readonly string[],
): IndicatorRow[] {
  // A catalogue asks for its establishments' rows only: nothing here to look through.
  if (!national && regions.length === 0) return [];
  const found = new Map<number, IndicatorRow>();
  const wanted = new Set(regions);
  const keep = (row: IndicatorRow) =>
    (row.scope === 'national' && national) ||
    (row.scope === 'regional' && row.region_code !== null && wanted.has(row.region_code));
  for (const code of codes) {
    for (const row of store.byCode.get(code) ?? []) if (keep(row)) found.set(row.id, row);
  }
  for (const cfd of cfds) {
    for (const row of store.byCfd.get(cfd) ?? []) if (keep(row)) found.set(row.id, row);
  }
  return [...found.values()];
}
