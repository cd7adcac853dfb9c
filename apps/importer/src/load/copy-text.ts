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

/** One value as COPY text. */
function copyValue(value: Value | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return copyString(value);
  if (typeof value === 'number') return `${value}`;
  return value ? 't' : 'f';
}

type LineWriter = (row: Readonly<Record<string, Value>>) => string;

/** The line writers already made, by column list (a file uses a handful). */
const writers = new Map<string, LineWriter>();

/**
 * A function writing one row's COPY line for these columns, its property reads spelled out
 * (`row["scope"]`): read through a variable name, each read of a million rows' fifty columns
 * went through V8's slow generic lookup, and this is the hottest loop of an import after the
 * CSV reader (ADR 0058). The names are quoted by `JSON.stringify`: nothing of a file's text
 * goes into the generated code, only the table specs' column names.
 */
function lineWriter(columns: readonly string[]): LineWriter {
  const id = columns.join('\t');
  let writer = writers.get(id);
  if (writer === undefined) {
    const reads = columns.map(
      (column, c) => `parts[${c}] = value(row[${JSON.stringify(column)}]);`,
    );
    const make = new Function(
      'value',
      'parts',
      `return (row) => { ${reads.join(' ')} return parts.join('\\t'); };`,
    );
    writer = make(copyValue, new Array<string>(columns.length)) as LineWriter;
    writers.set(id, writer);
  }
  return writer;
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
  const write = lineWriter(columns);
  const lines: string[] = new Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++) {
    lines[r] = write(rows[r] as Readonly<Record<string, Value>>);
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
