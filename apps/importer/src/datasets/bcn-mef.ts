import type { TableRows } from '../load/tables.js';
import { parseCode } from '../values/parse-code.js';
import { parseDate } from '../values/parse-date.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

type MefRow = TableRows['mef'];

/**
 * Eleven characters: digits in the school-route codes the figures use, but the BCN also
 * gives some option years letters (`23C20023408`), which are kept as they are.
 */
const MEFSTAT11 = /^[0-9A-Z]{11}$/;

function smallInt(raw: string, column: string, problems: string[]): number | null {
  if (raw === '') return null;
  if (!/^\d{1,2}$/.test(raw)) {
    problems.push(`${column} : « ${raw} » n’est pas un nombre d’années`);
    return null;
  }
  return Number(raw);
}

/**
 * BCN `N_MEF`: each school-route year (MEFSTAT11) with its diploma (CFD), length and rank.
 * The BCN sometimes gives one MEFSTAT11 to two MEF (a closed one and its replacement): the
 * most recently opened is kept and the other reported as a warning.
 */
export const bcnMef: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-mef',
  label: 'BCN N_MEF (années de formation, MEFSTAT11)',
  stage: STAGES.bcnLiens,
  primary: 'mef',
  detect: (header) => header.has('MEF', 'FORMATION_DIPLOME', 'MEF_STAT_11'),
  open(header) {
    const mapped = mapColumns(header, {
      mef: { names: ['MEF'] },
      dispositif: { names: ['DISPOSITIF_FORMATION'], required: false },
      cfd: { names: ['FORMATION_DIPLOME'] },
      duree: { names: ['DUREE_DISPOSITIF'] },
      annee: { names: ['ANNEE_DISPOSITIF'] },
      court: { names: ['LIBELLE_COURT'], required: false },
      long: { names: ['LIBELLE_LONG'], required: false },
      ouverture: { names: ['DATE_OUVERTURE'] },
      fermeture: { names: ['DATE_FERMETURE'] },
      mefstat11: { names: ['MEF_STAT_11'] },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    const kept = new Map<string, { row: MefRow; line: number }>();
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const mefstat11 = cell(fields, index.mefstat11).toUpperCase();
        if (!MEFSTAT11.test(mefstat11)) {
          problems.push(
            mefstat11 === ''
              ? 'MEF_STAT_11 : code absent'
              : `MEF_STAT_11 : « ${mefstat11} » n’est pas un MEFSTAT11 (11 caractères)`,
          );
        }
        const cfd = parseCode(cell(fields, index.cfd), 'FORMATION_DIPLOME', problems, 'CFD');
        if (cfd === null && problems.length === 0) problems.push('FORMATION_DIPLOME : code absent');
        let mef: string | null = cell(fields, index.mef) || null;
        if (mef !== null && !/^[0-9A-Z]{10}$/.test(mef)) {
          sink.warn(line, `MEF « ${mef} » n’est pas un code MEF (10 caractères) : non repris`);
          mef = null;
        }
        const duree = smallInt(cell(fields, index.duree), 'DUREE_DISPOSITIF', problems);
        const annee = smallInt(cell(fields, index.annee), 'ANNEE_DISPOSITIF', problems);
        const ouverture = parseDate(cell(fields, index.ouverture), 'DATE_OUVERTURE', problems);
        const fermeture = parseDate(cell(fields, index.fermeture), 'DATE_FERMETURE', problems);
        if (cfd === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        const row: MefRow = {
          mefstat11,
          mef,
          dispositif: cell(fields, index.dispositif) || null,
          cfd: cfd.code,
          duree,
          annee,
          libelle_court: cell(fields, index.court) || null,
          libelle_long: cell(fields, index.long) || null,
          date_ouverture: ouverture,
          date_fermeture: fermeture,
        };
        const previous = kept.get(row.mefstat11);
        if (previous === undefined) {
          kept.set(row.mefstat11, { row, line });
          return;
        }
        const newer = (row.date_ouverture ?? '') > (previous.row.date_ouverture ?? '');
        const dropped = newer ? previous : { row, line };
        if (newer) kept.set(row.mefstat11, { row, line });
        sink.warn(
          line,
          `MEF_STAT_11 ${row.mefstat11} porté par deux MEF : ${dropped.row.mef ?? '?'} (ligne ${dropped.line}) écarté au profit du plus récent`,
        );
        sink.ignore(dropped.line);
      },
      end(sink) {
        for (const { row, line } of kept.values()) sink.emit('mef', row, line);
      },
    };
  },
};
