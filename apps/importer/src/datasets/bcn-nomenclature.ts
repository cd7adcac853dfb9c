import type { TableName, TableRows } from '../load/tables.js';
import type { ColumnSpec, LineContext } from './column-spec.js';
import type { CsvDataset, LineSink } from './dataset.js';
import { cell, type Header, mapColumns } from './header.js';

/** What becomes of the valid rows of one file. */
export interface RowCollector<K extends TableName> {
  take(row: TableRows[K], fields: readonly string[], line: number, sink: LineSink): void;
  /** Called after the last line. */
  end?(sink: LineSink): void;
}

/** A BCN table: how its file is recognised and a column-spec table for its rows. */
export interface Nomenclature<K extends TableName> {
  id: string;
  label: string;
  stage: number;
  /** The table its rows go to, whose rows reports count. */
  table: K;
  /** Columns a header has when it is this table's, and those of a neighbour table it lacks. */
  detect: { has: readonly string[]; lacks?: readonly string[] };
  /** Every column of a row, read in this order: a line's problems are reported in it. */
  columns: { readonly [C in keyof TableRows[K]]-?: ColumnSpec<TableRows[K][C]> };
  /** A check of the whole row once its columns are read. */
  check?(row: TableRows[K], line: LineContext): void;
  /** What becomes of valid rows (several files keep one row of a code, or add links); emitted by default. */
  collect?(header: Header): RowCollector<K>;
}

/** A column spec resolved against a header: where its cells are. */
interface Resolved {
  name: string;
  spec: ColumnSpec<unknown>;
  /** The file columns' positions, -1 for one the file lacks. */
  positions: number[];
  /** The line's cells at those positions, rewritten for every line. */
  cells: string[];
  /** The name messages give the column. */
  column: string;
}

/**
 * The one reader of the BCN nomenclatures, CSV exports and API JSON alike: maps the header's
 * columns from the spec table, reads each line's row column by column, and rejects the line
 * with every problem found, or hands the row on.
 */
export function bcnNomenclature<K extends TableName>(nomenclature: Nomenclature<K>): CsvDataset {
  const { detect, table } = nomenclature;
  // The spec table's entries, each typed by its own column: read here as one kind.
  const specs = Object.entries(nomenclature.columns) as [string, ColumnSpec<unknown>][];
  return {
    format: 'csv',
    id: nomenclature.id,
    label: nomenclature.label,
    stage: nomenclature.stage,
    primary: table,
    detect: (header) =>
      header.has(...detect.has) && !(detect.lacks ?? []).some((name) => header.has(name)),
    open(header) {
      // Each file column a spec reads from, under a key of its own: the first one required
      // unless the spec says otherwise, its fallbacks never.
      const wanted: Record<string, { names: readonly string[]; required: boolean }> = {};
      const keys = specs.map(([name, spec]) => {
        if (!('from' in spec)) return [];
        const from = typeof spec.from === 'string' ? [spec.from] : spec.from;
        return from.map((source, index) => {
          const key = `${name}.${index}`;
          wanted[key] = { names: [source], required: index === 0 && !spec.optional };
          return key;
        });
      });
      const mapped = mapColumns(header, wanted);
      if (!mapped.ok) return mapped;
      const resolved: Resolved[] = specs.map(([name, spec], index) => {
        const positions = (keys[index] ?? []).map((key) => mapped.index[key] ?? -1);
        const column =
          'from' in spec ? (typeof spec.from === 'string' ? spec.from : spec.from[0]) : name;
        return { name, spec, positions, cells: positions.map(() => ''), column };
      });
      const collector: RowCollector<K> = nomenclature.collect?.(header) ?? {
        take: (row, _fields, line, sink) => sink.emit(table, row, line),
      };
      // One context for every line, pointed at the line being read.
      let current: { line: number; sink: LineSink } | undefined;
      const context: LineContext = {
        problems: [],
        warn: (reason) => current?.sink.warn(current.line, reason),
      };
      return {
        row(fields, line, sink) {
          current = { line, sink };
          context.problems = [];
          const values: Record<string, unknown> = {};
          for (const { name, spec, positions, cells, column } of resolved) {
            if ('value' in spec) {
              values[name] = spec.value;
              continue;
            }
            // Filled in place: readers only read them, and this runs for every cell.
            for (let i = 0; i < positions.length; i++) cells[i] = cell(fields, positions[i] ?? -1);
            values[name] = spec.read(cells, column, context);
          }
          // Every column of the row was read by its own spec above.
          const row = values as TableRows[K];
          nomenclature.check?.(row, context);
          if (context.problems.length > 0) {
            for (const problem of context.problems) sink.reject(line, problem);
            return;
          }
          collector.take(row, fields, line, sink);
        },
        end: collector.end ? (sink) => collector.end?.(sink) : undefined,
      };
    },
  };
}
