import type { FileReport, ImportReport } from './report.js';

/** How many of a file's problems are printed before the rest are only counted. */
export const PRINTED_ERRORS = 20;

const number = (value: number) => value.toLocaleString('fr-FR');
const seconds = (ms: number) =>
  `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} s`;

/** The lines printed for one file: its outcome, then `file:line: reason` for its problems. */
export function formatFileReport(report: FileReport): string[] {
  const lines: string[] = [];
  const name = report.path;
  const counts = `${number(report.read)} lu${report.read > 1 ? 's' : ''}, ${number(report.imported)} importé${report.imported > 1 ? 's' : ''}, ${number(report.unchanged)} inchangé${report.unchanged > 1 ? 's' : ''}, ${number(report.rejected)} rejeté${report.rejected > 1 ? 's' : ''}${report.ignored > 0 ? `, ${number(report.ignored)} ignoré${report.ignored > 1 ? 's' : ''}` : ''}${report.grouped > 0 ? `, ${number(report.grouped)} regroupé${report.grouped > 1 ? 's' : ''} avec d’autres` : ''}${report.removed > 0 ? `, ${number(report.removed)} supprimé${report.removed > 1 ? 's' : ''} (absents de la nouvelle publication)` : ''}`;
  switch (report.status) {
    case 'imported':
      lines.push(
        `✓ ${name} — ${report.label} : ${counts} (${seconds(report.durationMs)})${report.fictif ? ' [données fictives]' : ''}`,
      );
      if (report.conflicts.kept + report.conflicts.replaced > 0) {
        lines.push(
          `  conflits : ${number(report.conflicts.kept)} ligne(s) laissée(s) à une source prioritaire, ${number(report.conflicts.replaced)} ligne(s) d’une autre source remplacée(s)`,
        );
      }
      break;
    case 'already-imported':
      lines.push(`= ${name} — ${report.label} : ${report.message}`);
      break;
    case 'rejected':
      lines.push(
        `✗ ${name} — ${report.label} : fichier refusé, rien n’a été modifié (${number(report.errorCount)} erreur${report.errorCount > 1 ? 's' : ''} sur ${number(report.rejected)} ${report.unit}${report.rejected > 1 ? 's' : ''})`,
      );
      break;
    case 'known-not-imported':
      lines.push(`· ${name} — ${report.message}`);
      break;
    case 'not-recognised':
      lines.push(`? ${name} — ${report.message}`);
      break;
    case 'failed':
      lines.push(`✗ ${name} — échec : ${report.message}`);
      break;
  }
  const where = (line: number) => (report.unit === 'élément' ? `élément ${line}` : String(line));
  for (const problem of report.errors.slice(0, PRINTED_ERRORS)) {
    lines.push(`${name}:${where(problem.line)}: ${problem.reason}`);
  }
  if (report.errorCount > PRINTED_ERRORS) {
    lines.push(`… et ${number(report.errorCount - PRINTED_ERRORS)} autres erreurs dans ${name}`);
  }
  if (report.status === 'imported' && report.warningCount > 0) {
    for (const warning of report.warnings.slice(0, 3)) {
      lines.push(`  avertissement ${name}:${where(warning.line)}: ${warning.reason}`);
    }
    if (report.warningCount > 3)
      lines.push(`  … et ${number(report.warningCount - 3)} autres avertissements`);
  }
  return lines;
}

/** The closing summary: one line per dataset, then the total. */
export function formatSummary(report: ImportReport): string[] {
  if (report.datasets.length === 0) return [];
  const lines = [
    '',
    'Bilan par jeu de données (lus / importés / inchangés / rejetés / ignorés, durée) :',
  ];
  for (const dataset of report.datasets) {
    lines.push(
      `  ${dataset.label} : ${number(dataset.read)} / ${number(dataset.imported)} / ${number(dataset.unchanged)} / ${number(dataset.rejected)} / ${number(dataset.ignored)}, ${seconds(dataset.durationMs)}`,
    );
  }
  const failed = report.files.filter(
    (file) => file.status === 'rejected' || file.status === 'failed',
  ).length;
  const unknown = report.files.filter((file) => file.status === 'not-recognised').length;
  lines.push(
    `${report.files.length} fichier${report.files.length > 1 ? 's' : ''} en ${seconds(report.durationMs)}${failed > 0 ? `, ${failed} refusé${failed > 1 ? 's' : ''} ou en échec` : ''}${unknown > 0 ? `, ${unknown} non reconnu${unknown > 1 ? 's' : ''}` : ''}.`,
  );
  return lines;
}
