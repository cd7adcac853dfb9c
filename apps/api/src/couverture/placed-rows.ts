import type { Region } from '@inserjeunes/contract';
import type { FigureStore } from '../data/figure-store.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import type { FinalCode } from '../indicators/resolve-code.js';

/** One final code's rows: national, by region, and by establishment. */
export interface PlacedRows {
  national: IndicatorRow[];
  regional: Map<string, IndicatorRow[]>;
  formation: Map<string | null, IndicatorRow[]>;
}

/**
 * A catalogue's rows, indexed once by final code, scope and place: national and regional
 * ones from the store as they are, the catalogue's establishments' ones as read.
 */
export function catalogueRowIndex(
  store: FigureStore,
  atEstablishments: readonly IndicatorRow[],
): (code: string, finals: readonly FinalCode[]) => PlacedRows[] {
  const byCode = groupBy(atEstablishments, (row) => row.code);
  const byCfd = groupBy(atEstablishments, (row) => row.cfd);
  const placedByCode = new Map<string, PlacedRows[]>();
  return (code, finals) => {
    const known = placedByCode.get(code);
    if (known !== undefined) return known;
    const placed = finals.map((final) =>
      placeRows([
        store.byCode.get(final.code) ?? [],
        final.cfd === null ? [] : (store.byCfd.get(final.cfd) ?? []),
        byCode.get(final.code) ?? [],
        final.cfd === null ? [] : (byCfd.get(final.cfd) ?? []),
      ]),
    );
    placedByCode.set(code, placed);
    return placed;
  };
}

function placeRows(groups: readonly (readonly IndicatorRow[])[]): PlacedRows {
  const placed: PlacedRows = { national: [], regional: new Map(), formation: new Map() };
  const seen = new Set<number>();
  for (const rows of groups) {
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      if (row.scope === 'national') placed.national.push(row);
      else if (row.scope === 'regional' && row.region_code !== null) {
        add(placed.regional, row.region_code, row);
      } else if (row.scope === 'formation') add(placed.formation, row.uai, row);
    }
  }
  return placed;
}

/** The rows of the final codes at France, in the region and at the establishment. */
export function rowsInScope(
  placed: readonly PlacedRows[],
  uai: string | null,
  region: Region | null,
): IndicatorRow[] {
  const candidates = new Map<number, IndicatorRow>();
  for (const rowsOfFinal of placed) {
    const regional = region === null ? undefined : rowsOfFinal.regional.get(region.code);
    for (const rows of [rowsOfFinal.national, regional, rowsOfFinal.formation.get(uai)]) {
      if (rows !== undefined) for (const row of rows) candidates.set(row.id, row);
    }
  }
  return [...candidates.values()];
}

function add<K>(map: Map<K, IndicatorRow[]>, key: K, row: IndicatorRow): void {
  const group = map.get(key);
  if (group === undefined) map.set(key, [row]);
  else group.push(row);
}

function groupBy<K>(
  rows: readonly IndicatorRow[],
  key: (row: IndicatorRow) => K,
): Map<K, IndicatorRow[]> {
  const groups = new Map<K, IndicatorRow[]>();
  for (const row of rows) add(groups, key(row), row);
  return groups;
}
