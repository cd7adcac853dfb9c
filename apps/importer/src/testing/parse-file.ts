import type { LineSink } from '../datasets/dataset.js';
import { type DetectedFile, detectFile } from '../detect-file.js';
import type { TableName, TableRows } from '../load/tables.js';
import { readRows } from '../read-rows.js';
import type { LineProblem } from '../report/report.js';

/** What a dataset made of a file, without any database: the rows per table and the problems. */
export interface ParsedFile {
  detected: DetectedFile;
  read: number;
  rows: { [K in TableName]: { row: TableRows[K]; line: number }[] };
  errors: LineProblem[];
  warnings: LineProblem[];
  ignored: number;
}

/** Detects a file and reads it through its dataset, collecting everything it emits. */
export async function parseFile(path: string): Promise<ParsedFile> {
  const detected = await detectFile(path);
  const rows = {} as ParsedFile['rows'];
  const parsed: ParsedFile = { detected, read: 0, rows, errors: [], warnings: [], ignored: 0 };
  const sink: LineSink = {
    emit(table, row, line) {
      if (rows[table] === undefined) rows[table] = [];
      (rows[table] as { row: TableRows[typeof table]; line: number }[]).push({ row, line });
    },
    reject(line, reason) {
      parsed.errors.push({ line, reason });
    },
    ignore() {
      parsed.ignored++;
    },
    warn(line, reason) {
      parsed.warnings.push({ line, reason });
    },
  };
  if (detected.kind === 'csv' || detected.kind === 'json') {
    parsed.read = await readRows(detected, sink);
  }
  return parsed;
}

/** The rows a parsed file emitted for one table (empty when none). */
export function rowsOf<K extends TableName>(parsed: ParsedFile, table: K): TableRows[K][] {
  return (parsed.rows[table] ?? []).map((entry) => entry.row);
}

/** The dataset a parsed file was recognised as, or what it was instead. */
export function datasetOf(parsed: ParsedFile): string {
  const { detected } = parsed;
  if (detected.kind === 'csv' || detected.kind === 'json') return detected.dataset.id;
  if (detected.kind === 'known') return `known:${detected.known.id}`;
  return `unknown:${detected.reason}`;
}
