import { ApiFailure } from '../http/api-failure.js';
import {
  CATALOGUE_LIMITS,
  CatalogueLimitExceeded,
  type CatalogueLimits,
  limitFailure,
} from './catalogue-limits.js';
import {
  type CatalogueColumns,
  type ExplicitColumns,
  findColumns,
  normaliseName,
} from './find-columns.js';
import { type CsvProjection, type CsvRow, type CsvTable, parseCsv } from './parse-csv.js';

/** One catalogue row: where it was in the file, and its raw values by column name. */
export interface CatalogueRow {
  ligne: number;
  values: Map<string, string>;
}

export interface Catalogue {
  columns: string[];
  rows: CatalogueRow[];
}

/** A catalogue read: the rows with only the columns the check uses, and which they are. */
export interface ReadCatalogue {
  catalogue: Catalogue;
  columns: CatalogueColumns;
}

/** Rows in which a column is looked for by its values (see `findColumns`). */
const SAMPLE_ROWS = 200;

/**
 * Reads a catalogue sent as CSV or JSON (an array of objects, or `{ "lignes": [...] }`).
 * The format follows the Content-Type, else the first character. Bytes that are not UTF-8
 * are read as Latin-1, as older spreadsheets save them. Columns, cells and rows are bounded
 * by `limits`, checked while reading: the first one passed is a 413 naming it. The columns
 * the check needs are found on the first rows, and only they are kept for every row.
 */
export function readCatalogue(
  bytes: Uint8Array,
  contentType: string,
  explicit: ExplicitColumns = {},
  limits: CatalogueLimits = CATALOGUE_LIMITS,
): ReadCatalogue {
  const text = decode(bytes);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const json =
    contentType.includes('json') ||
    (!contentType.includes('csv') && (trimmed.startsWith('[') || trimmed.startsWith('{')));
  // The columns are found on the first rows, and from then on only theirs are kept. When they
  // are not found, every column is kept, so that the reading goes on to the end and a limit
  // passed further down is still the answer, as it would be without this shortcut.
  let found: CatalogueColumns | undefined;
  const projection: CsvProjection = {
    sampleRows: SAMPLE_ROWS,
    choose: (header, sample) => {
      try {
        found = findColumns(toCatalogue(header, sample, header), explicit);
        return keptNames(found).map((name) => header.indexOf(name));
      } catch {
        return null;
      }
    },
  };
  let table: CsvTable;
  try {
    table = json ? fromJson(trimmed, limits) : fromCsv(text, limits, projection);
  } catch (error) {
    if (error instanceof CatalogueLimitExceeded) throw limitFailure(error);
    throw error;
  }
  const { header, kept } = table;
  // Whole rows (JSON, or columns not found): found as above, on the first rows.
  const columns =
    kept !== undefined && found !== undefined
      ? found
      : findColumns(toCatalogue(header, table.rows.slice(0, SAMPLE_ROWS), header), explicit);
  return { catalogue: toCatalogue(header, table.rows, keptNames(columns), kept), columns };
}

function keptNames(columns: CatalogueColumns): string[] {
  return [...new Set([...columns.codes, columns.uai, columns.region])].filter(
    (name) => name !== null,
  );
}

/**
 * Rows as the check reads them, with the values of `names`. With `kept`, row cells hold only
 * those columns (see {@link CsvTable}).
 */
function toCatalogue(
  header: readonly string[],
  rows: readonly CsvRow[],
  names: readonly string[],
  kept?: readonly number[],
): Catalogue {
  const at = names.map((name) => {
    const column = header.indexOf(name);
    return [name, kept === undefined ? column : kept.indexOf(column)] as const;
  });
  return {
    columns: [...header],
    rows: rows.map(({ line, cells }) => ({
      ligne: line,
      values: new Map(at.map(([name, index]) => [name, cells[index] ?? ''])),
    })),
  };
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function fromCsv(text: string, limits: CatalogueLimits, projection: CsvProjection): CsvTable {
  const table = parseCsv(text, limits, projection);
  if (table.header.length === 0) {
    throw new ApiFailure(
      'corps_invalide',
      'Le catalogue est vide : attendu une ligne d’en-tête puis une ligne par formation.',
    );
  }
  return table;
}

/** A JSON list of objects as a table: one column per key, in the order keys first appear. */
function fromJson(text: string, limits: CatalogueLimits): CsvTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ApiFailure(
      'corps_invalide',
      `Le catalogue JSON est illisible : ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  const list = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' &&
        parsed !== null &&
        Array.isArray((parsed as { lignes?: unknown }).lignes)
      ? (parsed as { lignes: unknown[] }).lignes
      : null;
  if (list === null) {
    throw new ApiFailure(
      'corps_invalide',
      'Catalogue JSON inattendu : attendu un tableau d’objets, ou un objet { "lignes": [ … ] }.',
    );
  }
  if (list.length > limits.rows) throw new CatalogueLimitExceeded('rows', limits.rows, list.length);
  // Objects may spell a key differently (`CFD`, `cfd`): the first spelling names the column.
  const indexOf = new Map<string, number>();
  const header: string[] = [];
  const rows = list.map((item, index) => {
    const cells: string[] = [];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { line: index + 1, cells };
    }
    const entries = Object.entries(item);
    if (entries.length > limits.columns) {
      throw new CatalogueLimitExceeded('columns', limits.columns, index + 1);
    }
    for (const [key, value] of entries) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const cell = String(value);
      if (cell.length > limits.cellChars || key.length > limits.cellChars) {
        throw new CatalogueLimitExceeded('cellChars', limits.cellChars, index + 1);
      }
      const normalised = normaliseName(key);
      let column = indexOf.get(normalised);
      if (column === undefined) {
        column = header.push(key) - 1;
        indexOf.set(normalised, column);
        if (header.length > limits.columns) {
          throw new CatalogueLimitExceeded('columns', limits.columns, index + 1);
        }
      }
      cells[column] = cell;
    }
    return { line: index + 1, cells };
  });
  return { header, rows };
}
