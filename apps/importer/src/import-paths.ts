import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DbHandle } from '@inserjeunes/db';
import { type DetectedFile, detectFile } from './detect-file.js';
import { BulkChanges } from './load/refresh-statistics.js';
import { type LoadOptions, loadFile } from './load.js';
import {
  emptyFileReport,
  type FileReport,
  type ImportReport,
  summarizeDatasets,
} from './report/report.js';

export interface ImportOptions extends LoadOptions {
  /** Called as soon as each file is done (the CLI prints it). */
  onFile?: (report: FileReport) => void;
}

const DATA_FILE = /\.(?:csv|json|tsv|txt)$/i;

/**
 * Imports files and folders of open data. Folders are searched recursively for data files;
 * every file's dataset is recognised first, then files are imported in dependency order
 * (territories and directories, BCN levels, diplomas, links, figures), whatever the order
 * in which they were given, each in its own transaction. The run fails when a file is
 * rejected or fails, or when a file named explicitly is not recognised (in a folder, an
 * unknown file is reported and passed over). The statistics of the tables the run changed
 * in bulk are refreshed at its end, within the run's duration.
 */
export async function importPaths(
  db: DbHandle,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const reports: FileReport[] = [];
  const done = (report: FileReport) => {
    reports.push(report);
    options.onFile?.(report);
  };
  const files: string[] = [];
  // A file named on the command line must be imported; one met in a folder may be a note.
  const explicit = new Set<string>();
  for (const path of paths) {
    try {
      const found = await expand(path);
      if (found.length === 1 && found[0] === path) explicit.add(path);
      files.push(...found);
    } catch {
      const report = emptyFileReport(path);
      report.message = 'fichier ou dossier introuvable';
      done(report);
    }
  }
  const bulk = new BulkChanges();
  const detected: DetectedFile[] = [];
  for (const path of [...new Set(files)]) detected.push(await detectFile(path));
  const stage = (file: DetectedFile) =>
    file.kind === 'csv' || file.kind === 'json' ? file.dataset.stage : -1;
  detected.sort((a, b) => stage(a) - stage(b) || a.path.localeCompare(b.path));

  for (const file of detected) {
    if (file.kind === 'unknown') {
      const report = emptyFileReport(file.path);
      report.status = 'not-recognised';
      report.message = `non reconnu : ${file.reason}`;
      done(report);
    } else if (file.kind === 'known') {
      const report = emptyFileReport(file.path);
      report.status = 'known-not-imported';
      report.dataset = file.known.id;
      report.label = file.known.label;
      report.message = `connu, non importé : ${file.known.label}`;
      done(report);
    } else {
      done(await loadFile(db, file, options, bulk));
    }
  }
  await bulk.refresh(db);
  return {
    files: reports,
    datasets: summarizeDatasets(reports),
    ok: reports.every(
      (report) =>
        report.status === 'imported' ||
        report.status === 'already-imported' ||
        report.status === 'known-not-imported' ||
        (report.status === 'not-recognised' && !explicit.has(report.path)),
    ),
    durationMs: performance.now() - started,
  };
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) found.push(...(await expand(child)));
    else if (entry.isFile() && DATA_FILE.test(entry.name)) found.push(child);
  }
  return found.sort();
}
