import type { Scope } from '@inserjeunes/contract';
import type { LineSink } from '../datasets/dataset.js';
import type { FileReport } from '../report/report.js';
import type { Stager } from './stager.js';
import type { MergeMode, TableName, TableRows } from './tables.js';

/** Problems kept in a report with their line; beyond, they are only counted. */
const KEPT_PROBLEMS = 1000;

/**
 * Where a file's lines go while it is loaded: rows to the stager, what the report says
 * (problems, ignored lines, fictitious figures) into the file's report.
 */
export class FileSink implements LineSink {
  /** Set once the file's transaction has begun. */
  stager: Stager | undefined;
  /** Scopes of the figures the file holds, whose derived rows may need rebuilding. */
  readonly scopes = new Set<Scope>();
  readonly rejectedLines = new Set<number>();

  constructor(private readonly report: FileReport) {}

  emit<K extends TableName>(
    table: K,
    row: TableRows[K],
    line: number,
    mode: MergeMode = 'replace',
  ): void {
    // Only figures and salaries have a `fictif` column, and only figures a scope.
    const record: Readonly<Record<string, unknown>> = row;
    if (table === 'indicateur') this.scopes.add(record.scope as Scope);
    if (record.fictif === true) this.report.fictif = true;
    this.stager?.add(table, row, line, mode);
  }

  reject(line: number, reason: string): void {
    const { report } = this;
    report.errorCount++;
    this.rejectedLines.add(line);
    if (report.errors.length < KEPT_PROBLEMS) report.errors.push({ line, reason });
    // Nothing of the file will stay: sending more rows would be wasted.
    if (this.stager !== undefined) this.stager.writing = false;
  }

  ignore(_line: number): void {
    this.report.ignored++;
  }

  warn(line: number, reason: string): void {
    const { report } = this;
    report.warningCount++;
    if (report.warnings.length < KEPT_PROBLEMS) report.warnings.push({ line, reason });
  }
}
