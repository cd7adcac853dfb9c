import { basename } from 'node:path';
import type { DbHandle } from '@inserjeunes/db';
import { derive } from './derive/derive.js';
import type { DetectedFile } from './detect-file.js';
import { ConcurrentImport, claimFile, isSameFileRecorded } from './load/claim-file.js';
import { FileSink } from './load/file-sink.js';
import { applyPrecedence } from './load/precedence.js';
import type { BulkChanges } from './load/refresh-statistics.js';
import { type MergeCount, Stager } from './load/stager.js';
import type { TableName } from './load/tables.js';
import { inTransaction } from './load/transaction.js';
import { readRows } from './read-rows.js';
import { createProgress } from './report/progress.js';
import { emptyFileReport, type FileReport } from './report/report.js';

export interface LoadOptions {
  /** Where to draw the progress of long files (a terminal gets a bar). */
  progress?: (NodeJS.WritableStream & { isTTY?: boolean; columns?: number }) | undefined;
}

/** Thrown inside the transaction when a line is invalid, so that nothing of the file stays. */
class RejectedFile extends Error {}

/**
 * Imports one recognised file in one transaction: its rows are staged, merged, derived
 * figures are rebuilt and the import is recorded, all together, or nothing at all when one
 * line is invalid. A file already imported (same SHA-256 and dataset) is left alone.
 */
export async function loadFile(
  handle: DbHandle,
  file: Extract<DetectedFile, { kind: 'csv' | 'json' }>,
  options: LoadOptions = {},
  bulk?: BulkChanges,
): Promise<FileReport> {
  const started = performance.now();
  const { dataset, fingerprint } = file;
  const report = emptyFileReport(file.path);
  report.dataset = dataset.id;
  report.label = dataset.label;
  report.unit = file.kind === 'json' ? 'élément' : 'ligne';
  const finish = () => {
    report.durationMs = performance.now() - started;
    return report;
  };

  const [previous] = await handle.query<{ id: number; debut: Date | string }>(
    'select id, debut from import where sha256 = $1 and dataset = $2 order by id limit 1',
    [fingerprint.sha256, dataset.id],
  );
  if (previous !== undefined) {
    report.status = 'already-imported';
    report.importId = previous.id;
    report.message = `déjà importé le ${formatDate(previous.debut)} (import n° ${previous.id}, même empreinte SHA-256) : rien n’a changé`;
    return finish();
  }

  const sink = new FileSink(report);
  const publication = dataset.publication ?? { rank: 0, complete: false };
  const published = publication.published?.({ path: file.path, name: basename(file.path) }) ?? null;

  let merged: MergeCount[] = [];
  try {
    await inTransaction(handle, async (tx) => {
      await claimFile(tx, dataset.id, fingerprint.sha256);
      const now = new Date().toISOString();
      const [created] = await tx.query<{ id: number }>(
        `insert into import (dataset, fichier, sha256, lignes_lues, lignes_importees, lignes_inchangees,
           lignes_rejetees, lignes_ignorees, fictif, debut, fin, rang, publie_le)
         values ($1, $2, $3, 0, 0, 0, 0, 0, false, $4, $4, $5, $6) returning id`,
        [dataset.id, basename(file.path), fingerprint.sha256, now, publication.rank, published],
      );
      if (created === undefined) throw new Error('enregistrement de l’import impossible');
      const rows = new Stager(tx, created.id, (line, reason) => sink.reject(line, reason));
      sink.stager = rows;

      const progress = options.progress
        ? createProgress(options.progress, basename(file.path), fingerprint.size)
        : undefined;
      let phase = performance.now();
      report.read = await readRows(file, sink, {
        afterBatch: () => rows.send(),
        onProgress: (bytes, lines) => progress?.update(bytes, lines),
      });
      progress?.done();
      await rows.finish();
      if (report.errorCount > 0) throw new RejectedFile();

      report.phases.readMs = performance.now() - phase;
      phase = performance.now();
      const precedence = await applyPrecedence(tx, rows.figuresStage(), {
        importId: created.id,
        dataset: dataset.id,
        rank: publication.rank,
        published,
        complete: publication.complete,
      });
      report.removed = precedence.removed;
      report.conflicts = { kept: precedence.kept, replaced: precedence.replaced };
      merged = await rows.merge();
      report.phases.mergeMs = performance.now() - phase;
      phase = performance.now();
      countPrimary(report, merged, dataset.primary);
      // Rows left to a winning source were staged but not merged: not "unchanged".
      report.unchanged -= precedence.kept;
      // Lines that went into another line's figures (one line per horizon, say): every line
      // read is then imported, unchanged, ignored, left to another source or grouped.
      report.grouped = Math.max(
        0,
        report.read - report.imported - report.unchanged - report.ignored - precedence.kept,
      );
      const figuresChanged =
        precedence.removed > 0 ||
        merged.some((count) => count.table === 'indicateur' && count.changed > 0);
      const tables = new Set(merged.filter((c) => c.changed > 0).map((c) => c.table));
      if (precedence.removed > 0) tables.add('indicateur');
      await derive(tx, {
        tables,
        scopes: figuresChanged ? sink.scopes : new Set(),
        codes: new Set([...rows.changedCodes(), ...precedence.codes]),
      });
      report.phases.deriveMs = performance.now() - phase;
      await tx.query(
        `update import set lignes_lues = $2, lignes_importees = $3, lignes_inchangees = $4,
           lignes_rejetees = 0, lignes_ignorees = $5, fictif = $6, fin = $7 where id = $1`,
        [
          created.id,
          report.read,
          report.imported,
          report.unchanged,
          report.ignored,
          report.fictif,
          new Date().toISOString(),
        ],
      );
      report.importId = created.id;
    });
    report.status = 'imported';
    bulk?.add(merged);
  } catch (error) {
    if (error instanceof RejectedFile || report.errorCount > 0) {
      report.status = 'rejected';
      report.rejected = sink.rejectedLines.size;
      report.imported = 0;
      report.unchanged = 0;
      report.importId = null;
    } else {
      report.status = 'failed';
      report.message = isSameFileRecorded(error)
        ? new ConcurrentImport().message
        : error instanceof Error
          ? error.message
          : String(error);
    }
  }
  return finish();
}

function countPrimary(report: FileReport, merged: readonly MergeCount[], primary: TableName): void {
  for (const count of merged) {
    if (count.table !== primary || count.mode !== 'replace') continue;
    report.imported += count.changed;
    report.unchanged += count.staged - count.changed;
  }
}

function formatDate(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime())
    ? String(value)
    : date.toLocaleString('fr-FR', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      });
}
