/** A problem found on one line (or one JSON element) of a file. */
export interface LineProblem {
  line: number;
  reason: string;
}

/**
 * What happened to one file:
 * - `imported`: its rows are in the database;
 * - `already-imported`: the same file (same SHA-256) was imported before, nothing changed;
 * - `rejected`: at least one invalid line, so nothing of it was written;
 * - `not-recognised`: no dataset claims it;
 * - `known-not-imported`: a file we know and do not need;
 * - `failed`: reading or writing failed for another reason (disk, database).
 */
export type FileStatus =
  | 'imported'
  | 'already-imported'
  | 'rejected'
  | 'not-recognised'
  | 'known-not-imported'
  | 'failed';

export interface FileReport {
  path: string;
  status: FileStatus;
  dataset: string | null;
  label: string | null;
  /** Lines of a delimited file, elements of a JSON file. */
  unit: 'ligne' | 'élément';
  read: number;
  imported: number;
  unchanged: number;
  rejected: number;
  ignored: number;
  /** Lines read whose values went into the figures of another line of the file. */
  grouped: number;
  /** Rows its dataset gave before for what the file covers, removed because the file no longer holds them. */
  removed: number;
  /**
   * Rows another source also gives: the file's rows left out because that source wins
   * (`kept`), and rows of another dataset the file's rows replace (`replaced`).
   */
  conflicts: { kept: number; replaced: number };
  /** The first problems (at most 1,000), and how many there were in all. */
  errors: LineProblem[];
  errorCount: number;
  warnings: LineProblem[];
  warningCount: number;
  /** Why the file was not imported, when that is not a list of lines. */
  message: string | null;
  importId: number | null;
  fictif: boolean;
  durationMs: number;
  /** Where the time went: reading and checking (with the batches sent on the way), merging, deriving. */
  phases: { readMs: number; mergeMs: number; deriveMs: number };
}

/** Totals per dataset over the files of one run. */
export interface DatasetSummary {
  dataset: string;
  label: string;
  files: number;
  read: number;
  imported: number;
  unchanged: number;
  rejected: number;
  ignored: number;
  durationMs: number;
}

/** The result of {@link importPaths}: per file, per dataset, and whether all went well. */
export interface ImportReport {
  files: FileReport[];
  datasets: DatasetSummary[];
  /** False when a file was rejected or failed, or a file named explicitly was not recognised. */
  ok: boolean;
  durationMs: number;
}

export function emptyFileReport(path: string): FileReport {
  return {
    path,
    status: 'failed',
    dataset: null,
    label: null,
    unit: 'ligne',
    read: 0,
    imported: 0,
    unchanged: 0,
    rejected: 0,
    ignored: 0,
    grouped: 0,
    removed: 0,
    conflicts: { kept: 0, replaced: 0 },
    errors: [],
    errorCount: 0,
    warnings: [],
    warningCount: 0,
    message: null,
    importId: null,
    fictif: false,
    durationMs: 0,
    phases: { readMs: 0, mergeMs: 0, deriveMs: 0 },
  };
}

/** Sums file reports per dataset, in the order datasets first appear. */
export function summarizeDatasets(files: readonly FileReport[]): DatasetSummary[] {
  const byDataset = new Map<string, DatasetSummary>();
  for (const file of files) {
    if (file.dataset === null || file.status === 'known-not-imported') continue;
    let summary = byDataset.get(file.dataset);
    if (summary === undefined) {
      summary = {
        dataset: file.dataset,
        label: file.label ?? file.dataset,
        files: 0,
        read: 0,
        imported: 0,
        unchanged: 0,
        rejected: 0,
        ignored: 0,
        durationMs: 0,
      };
      byDataset.set(file.dataset, summary);
    }
    summary.files++;
    summary.read += file.read;
    summary.imported += file.imported;
    summary.unchanged += file.unchanged;
    summary.rejected += file.rejected;
    summary.ignored += file.ignored;
    summary.durationMs += file.durationMs;
  }
  return [...byDataset.values()];
}
