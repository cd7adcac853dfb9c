import { parseCode } from '../values/parse-code.js';
import { parseDate } from '../values/parse-date.js';

/** What a cell reader may say about the line it reads. */
export interface LineContext {
  /** Problems that make the line invalid. */
  problems: string[];
  /** Something worth saying that keeps the line. */
  warn(reason: string): void;
}

/**
 * Reads a row's value from the cells of its file columns (trimmed, empty when the file lacks
 * the column), in the order they are named. `column` is the first name, for messages. A
 * reader that finds a problem adds it and returns anything: the line is then rejected.
 */
export type CellReader<T> = (cells: readonly string[], column: string, line: LineContext) => T;

/**
 * One column of a row: the file columns it is read from and how, or a value of its own.
 * `optional` lets the file lack the first column; the others are always optional.
 */
export type ColumnSpec<T> =
  | { from: string | readonly [string, ...string[]]; optional?: boolean; read: CellReader<T> }
  | { value: T };

/** The first cell that is not empty: a label read from its fallback columns. */
function first(cells: readonly string[]): string {
  for (const value of cells) if (value !== '') return value;
  return '';
}

/** Text, null when empty. */
export const text: CellReader<string | null> = (cells) => first(cells) || null;

/** Text that must be there: `what` names the missing thing (`libellé`, `nom`). */
export function required(what: string): CellReader<string> {
  return (cells, column, { problems }) => {
    const value = first(cells);
    if (value === '') problems.push(`${column} : ${what} absent`);
    return value;
  };
}

/** A code of a given form; `what` says what a valid one is. Empty is invalid too. */
export function matching(pattern: RegExp, what: string): CellReader<string> {
  return (cells, column, { problems }) => {
    const value = first(cells);
    if (!pattern.test(value)) problems.push(`${column} : « ${value} » n’est pas ${what}`);
    return value;
  };
}

/** Like {@link matching}, null when empty. */
export function optionalMatching(pattern: RegExp, what: string): CellReader<string | null> {
  const read = matching(pattern, what);
  return (cells, column, line) => (first(cells) === '' ? null : read(cells, column, line));
}

/**
 * A certification code of a type, which the line needs: a missing one is a problem when the
 * line has none yet (a malformed neighbour says enough).
 */
export function code(type: 'CFD' | 'MEFSTAT11' | 'SISE'): CellReader<string> {
  return (cells, column, { problems }) => {
    const parsed = parseCode(first(cells), column, problems, type);
    if (parsed === null && problems.length === 0) problems.push(`${column} : code absent`);
    return parsed?.code ?? '';
  };
}

/** A certification code of a type, null when empty. */
export function optionalCode(type: 'CFD' | 'MEFSTAT11' | 'SISE'): CellReader<string | null> {
  return (cells, column, { problems }) =>
    parseCode(first(cells), column, problems, type)?.code ?? null;
}

/** A calendar date (`JJ/MM/AAAA` or ISO) as `YYYY-MM-DD`, null when empty. */
export const date: CellReader<string | null> = (cells, column, { problems }) =>
  parseDate(first(cells), column, problems);
