import type { MergeMode, TableName, TableRows } from '../load/tables.js';
import type { Header } from './header.js';

/** Where a dataset sends what it reads from one line (or one JSON element). */
export interface LineSink {
  emit<K extends TableName>(table: K, row: TableRows[K], line: number, mode?: MergeMode): void;
  /** The line is invalid: the whole file will change nothing. */
  reject(line: number, reason: string): void;
  /** The line is read and valid but deliberately not stored. */
  ignore(line: number): void;
  /** Something worth saying that does not make the line invalid. */
  warn(line: number, reason: string): void;
}

/** The file being read, as datasets need it (some take their millésime from the name). */
export interface FileInfo {
  path: string;
  name: string;
}

/** The dependency stage of a dataset: referentials first, BCN next, figures last. */
export const STAGES = {
  territoires: 0,
  referentiels: 1,
  bcnNiveaux: 2,
  bcnDiplomes: 3,
  bcnDiplomesAvecContinuum: 4,
  bcnLiens: 5,
  figures: 6,
  figuresDetaillees: 7,
} as const;

interface DatasetBase {
  /** Stable identifier, recorded in the `import` table. */
  id: string;
  /** What it is, in French, for reports and provenance. */
  label: string;
  stage: number;
  /** The table whose rows are counted as "imported" / "unchanged" in reports. */
  primary: TableName;
  /** Whether every figure of the file is invented (the demo dataset). */
  fictif?: boolean;
  /** How its figures stand against other files' (ADR 26); rank 0, undated, partial when absent. */
  publication?: Publication;
}

/**
 * Which source wins when two files give the same figures (same scope, millésime, voie, code,
 * region and establishment), whatever the order they are imported in: the higher rank, then
 * the later publication, then the later import. A `complete` file is the whole publication
 * of its dataset for the scopes, voies and millésimes it holds: rows the dataset gave there
 * before and that the file no longer holds are removed.
 */
export interface Publication {
  rank: number;
  /**
   * When the file was published (`YYYY` or `YYYY-MM-DD`), or the latest promotion it
   * measures when its name says only that; read from its name, null if unknown.
   */
  published?(file: FileInfo): string | null;
  complete: boolean;
}

/** The rows of a delimited file, one line at a time. */
export interface CsvRowReader {
  row(fields: readonly string[], line: number, sink: LineSink): void;
  /** Called after the last line, for datasets that group lines. */
  end?(sink: LineSink): void;
  /**
   * Set when the reader reads no column but those it looked up in the header before its
   * first line: the others' text is then not even cut out of the file's (an InserSup line
   * has 101 columns, a third of them read).
   */
  lookedUpOnly?: boolean;
}

export interface CsvDataset extends DatasetBase {
  format: 'csv';
  detect(header: Header, file: FileInfo): boolean;
  /** Maps the header's columns; the problems make the whole file invalid. */
  open(header: Header, file: FileInfo): CsvRowReader | { problems: string[] };
}

export interface JsonDataset extends DatasetBase {
  format: 'json';
  detect(json: unknown, file: FileInfo): boolean;
  /** Reads every element; positions are 1-based element numbers. */
  read(json: unknown, file: FileInfo, sink: LineSink): { problems: string[] } | undefined;
}

export type Dataset = CsvDataset | JsonDataset;

/** A file the importer knows but does not need (partner catalogues, other BCN tables). */
export interface KnownDataset {
  id: string;
  label: string;
  detectCsv?(header: Header): boolean;
  detectJson?(json: unknown): boolean;
}
