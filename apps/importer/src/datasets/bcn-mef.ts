import type { TableRows } from '../load/tables.js';
import type { RowCollector } from './bcn-nomenclature.js';
import { bcnNomenclature } from './bcn-nomenclature.js';
import { type CellReader, code, date, text } from './column-spec.js';
import { STAGES } from './dataset.js';

type MefRow = TableRows['mef'];

/**
 * Eleven characters: digits in the school-route codes the figures use, but the BCN also
 * gives some option years letters (`23C20023408`), which are kept as they are.
 */
const MEFSTAT11 = /^[0-9A-Z]{11}$/;

const mefstat11: CellReader<string> = ([raw = ''], column, { problems }) => {
  const value = raw.toUpperCase();
  if (!MEFSTAT11.test(value)) {
    problems.push(
      value === ''
        ? `${column} : code absent`
        : `${column} : « ${value} » n’est pas un MEFSTAT11 (11 caractères)`,
    );
  }
  return value;
};

/** The 10-character MEF, left out with a warning when malformed: the year stays usable. */
const mef: CellReader<string | null> = ([raw = ''], column, line) => {
  if (raw !== '' && !/^[0-9A-Z]{10}$/.test(raw)) {
    line.warn(`${column} « ${raw} » n’est pas un code MEF (10 caractères) : non repris`);
    return null;
  }
  return raw || null;
};

const years: CellReader<number | null> = ([raw = ''], column, { problems }) => {
  if (raw === '') return null;
  if (!/^\d{1,2}$/.test(raw)) {
    problems.push(`${column} : « ${raw} » n’est pas un nombre d’années`);
    return null;
  }
  return Number(raw);
};

/**
 * Keeps one row per MEFSTAT11: the most recently opened, the other reported as a warning and
 * counted as ignored. Rows go out at the end, once every line has had its say.
 */
function newestPerMefstat11(): RowCollector<'mef'> {
  const kept = new Map<string, { row: MefRow; line: number }>();
  return {
    take(row, _fields, line, sink) {
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
}

/**
 * BCN `N_MEF`: each school-route year (MEFSTAT11) with its diploma (CFD), length and rank.
 * The BCN sometimes gives one MEFSTAT11 to two MEF (a closed one and its replacement): the
 * most recently opened is kept and the other reported as a warning.
 */
export const bcnMef = bcnNomenclature({
  id: 'bcn-n-mef',
  label: 'BCN N_MEF (années de formation, MEFSTAT11)',
  stage: STAGES.bcnLiens,
  table: 'mef',
  detect: { has: ['MEF', 'FORMATION_DIPLOME', 'MEF_STAT_11'] },
  columns: {
    mefstat11: { from: 'MEF_STAT_11', read: mefstat11 },
    cfd: { from: 'FORMATION_DIPLOME', read: code('CFD') },
    mef: { from: 'MEF', read: mef },
    duree: { from: 'DUREE_DISPOSITIF', read: years },
    annee: { from: 'ANNEE_DISPOSITIF', read: years },
    date_ouverture: { from: 'DATE_OUVERTURE', read: date },
    date_fermeture: { from: 'DATE_FERMETURE', read: date },
    dispositif: { from: 'DISPOSITIF_FORMATION', optional: true, read: text },
    libelle_court: { from: 'LIBELLE_COURT', optional: true, read: text },
    libelle_long: { from: 'LIBELLE_LONG', optional: true, read: text },
  },
  collect: newestPerMefstat11,
});
