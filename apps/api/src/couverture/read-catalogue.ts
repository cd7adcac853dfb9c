import { ApiFailure } from '../http/api-failure.js';
import { normaliseName } from './find-columns.js';
import { parseCsv } from './parse-csv.js';

/** One catalogue row: where it was in the file, and its raw values by column name. */
export interface CatalogueRow {
  ligne: number;
  values: Map<string, string>;
}

export interface Catalogue {
  columns: string[];
  rows: CatalogueRow[];
}

/**
 * Reads a catalogue sent as CSV or JSON (an array of objects, or `{ "lignes": [...] }`).
 * The format follows the Content-Type, else the first character. Bytes that are not UTF-8
 * are read as Latin-1, as older spreadsheets save them.
 */
export function readCatalogue(bytes: Uint8Array, contentType: string): Catalogue {
  const text = decode(bytes);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const json =
    contentType.includes('json') ||
    (!contentType.includes('csv') && (trimmed.startsWith('[') || trimmed.startsWith('{')));
  return json ? fromJson(trimmed) : fromCsv(text);
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function fromCsv(text: string): Catalogue {
  const table = parseCsv(text);
  if (table.header.length === 0) {
    throw new ApiFailure(
      'corps_invalide',
      'Le catalogue est vide : attendu une ligne d’en-tête puis une ligne par formation.',
    );
  }
  return {
    columns: table.header,
    rows: table.rows.map(({ line, cells }) => ({
      ligne: line,
      values: new Map(table.header.map((name, i) => [name, cells[i] ?? ''])),
    })),
  };
}

function fromJson(text: string): Catalogue {
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
  // Objects may spell a key differently (`CFD`, `cfd`): the first spelling names the column.
  const spellings = new Map<string, string>();
  const rows = list.map((item, index) => {
    const values = new Map<string, string>();
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      for (const [key, value] of Object.entries(item)) {
        const normalised = normaliseName(key);
        const name = spellings.get(normalised) ?? key;
        spellings.set(normalised, name);
        if (typeof value === 'string' || typeof value === 'number') values.set(name, String(value));
      }
    }
    return { ligne: index + 1, values };
  });
  return { columns: [...spellings.values()], rows };
}
