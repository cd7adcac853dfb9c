import { indicateurs } from '@inserjeunes/db';
import { getTableColumns } from 'drizzle-orm';
import type { Nomenclature } from '../data/nomenclature.js';
import type { IndicatorRow } from './indicator-row.js';

// Test support for the pure steps of the read model: rows and a nomenclature in memory.

const NULLS = Object.fromEntries(
  Object.keys(getTableColumns(indicateurs)).map((column) => [column, null]),
);
let nextId = 1;

/** A stored row with every figure null but those given. */
export function testRow(
  fields: Partial<IndicatorRow> & Pick<IndicatorRow, 'scope' | 'millesime' | 'filiere'>,
): IndicatorRow {
  return {
    ...NULLS,
    id: nextId++,
    import_id: 1,
    fictif: false,
    donnee_source_type: 'self',
    ...fields,
  } as IndicatorRow;
}

/** A nomenclature that knows nothing: codes are described by their shape alone. */
export function emptyNomenclature(): Nomenclature {
  return {
    diplomes: new Map(),
    mefs: new Map(),
    finalMefsByCfd: new Map(),
    niveaux: new Map(),
    resolutions: new Map(),
    familles: new Map(),
    anciens: new Map(),
    nouveaux: new Map(),
    regions: new Map(),
    academies: new Map(),
    imports: new Map(),
    provenances: new Map(),
    salaires: new Map(),
    codesWithRows: new Set(),
    latestMeasuredYear: null,
  };
}
