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
import { type CsvTable, parseCsv } from './parse-csv.js';

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
  let table: CsvTable;
  try {
    table = json ? fromJson(trimmed, limits) : fromCsv(text, limits);
  } catch (error) {
    if (error instanceof CatalogueLimitExceeded) throw limitFailure(error);
    throw error;
  }
  const sample = toCatalogue(table.header, table.rows.slice(0, SAMPLE_ROWS), table.header);
  const columns = findColumns(sample, explicit);
  const kept = [...new Set([...columns.codes, columns.uai, columns.region])].filter(
    (name) => name !== null,
  );
  return { catalogue: toCatalogue(table.header, table.rows, kept), columns };
}

function toCatalogue(
  header: readonly string[],
  rows: CsvTable['rows'],
  kept: readonly string[],
): Catalogue {
  const at = kept.map((name) => [name, header.indexOf(name)] as const);
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

function fromCsv(text: string, limits: CatalogueLimits): CsvTable {
  const table = parseCsv(text, limits);
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
