import type { Value } from './tables.js';

const BACKSLASH = 92;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A text value as COPY reads it: control characters and backslashes escaped. */
function copyString(value: string): string {
  // A scan by character code: almost no value needs escaping, and a regular expression per
  // value costs more than the scan.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === BACKSLASH || code === TAB || code === LF || code === CR) {
      return value.replace(SPECIALS, (char) => ESCAPES[char] ?? char);
    }
  }
  return value;
}

/**
 * Rows as PostgreSQL COPY text data, columns in the given order: tab-separated, `\N` for
 * null, backslash escapes for control characters. Joining arrays is several times faster
 * here than growing one string value by value.
 */
export function toCopyText(
  rows: readonly Readonly<Record<string, Value>>[],
  columns: readonly string[],
): string {
  if (rows.length === 0) return '';
  const lines: string[] = new Array(rows.length + 1);
  const parts: string[] = new Array(columns.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Readonly<Record<string, Value>>;
    for (let c = 0; c < columns.length; c++) {
      const value = row[columns[c] as string];
      if (value === null || value === undefined) parts[c] = '\\N';
      else if (typeof value === 'string') parts[c] = copyString(value);
      else if (typeof value === 'number') parts[c] = `${value}`;
      else parts[c] = value ? 't' : 'f';
    }
    lines[r] = parts.join('\t');
  }
  lines[rows.length] = '';
  return lines.join('\n');
}

/**
 * The columns worth sending for these rows: those holding a value in at least one row, and
 * those always sent. A column left out of a COPY gets its default, null for every nullable
 * column of the tables the importer writes; most files fill only part of the 50 columns of
 * `indicateur`, and every `\N` left out is text neither built here nor parsed by the server.
 */
export function filledColumns(
  rows: readonly Readonly<Record<string, Value>>[],
  columns: readonly string[],
  always: readonly string[] = [],
): string[] {
  return columns.filter((column) => {
    if (always.includes(column)) return true;
    for (const row of rows) {
      const value = row[column];
      if (value !== null && value !== undefined) return true;
    }
    return false;
  });
}
