import { describe, expect, it } from 'vitest';
import { bcnNomenclature } from './bcn-nomenclature.js';
import { code, date, matching, required, text } from './column-spec.js';
import type { LineSink } from './dataset.js';
import { Header } from './header.js';

const groupes = bcnNomenclature({
  id: 'essai',
  label: 'essai',
  stage: 0,
  table: 'groupe_formation',
  detect: { has: ['GROUPE'], lacks: ['MEF'] },
  columns: {
    code: { from: 'GROUPE', read: matching(/^G\d{4}$/, 'un code de groupe') },
    libelle_long: { from: ['LONG', 'COURT'], optional: true, read: required('libellé') },
    libelle_court: { from: 'COURT', optional: true, read: text },
    date_ouverture: { from: 'OUVERTURE', optional: true, read: date },
    date_fermeture: { value: null },
    type: { value: 'TG01' },
    libelle_edition: { from: 'EDITION', optional: true, read: text },
  },
});

function read(names: string[], lines: string[][]) {
  const seen: { emitted: unknown[]; rejected: [number, string][] } = { emitted: [], rejected: [] };
  const sink: LineSink = {
    emit: (_table, row) => seen.emitted.push(row),
    reject: (line, reason) => seen.rejected.push([line, reason]),
    ignore: () => {},
    warn: () => {},
  };
  const reader =
    groupes.format === 'csv' ? groupes.open(new Header(names), { path: '', name: '' }) : undefined;
  if (reader === undefined || 'problems' in reader) return reader;
  for (const [index, fields] of lines.entries()) reader.row(fields, index + 2, sink);
  return seen;
}

describe('the BCN nomenclature reader', () => {
  it('recognises its header by the columns it has and those it lacks', () => {
    if (groupes.format !== 'csv') throw new Error('a CSV dataset');
    const file = { path: '', name: '' };
    expect(groupes.detect(new Header(['GROUPE', 'LONG']), file)).toBe(true);
    expect(groupes.detect(new Header(['GROUPE', 'LONG', 'MEF']), file)).toBe(false);
  });

  it('refuses a file without a column the rows need, naming it', () => {
    expect(read(['LONG', 'COURT'], [])).toEqual({
      ok: false,
      problems: ['colonne obligatoire absente : GROUPE'],
    });
  });

  it('builds each row from its columns, fallbacks and constants', () => {
    expect(read(['COURT', 'GROUPE', 'OUVERTURE'], [['Bâtiment', 'G0003', '01/09/2019']])).toEqual({
      emitted: [
        {
          code: 'G0003',
          libelle_long: 'Bâtiment',
          libelle_court: 'Bâtiment',
          date_ouverture: '2019-09-01',
          date_fermeture: null,
          type: 'TG01',
          libelle_edition: null,
        },
      ],
      rejected: [],
    });
  });

  it('rejects a line with every problem it has, in the order of the columns', () => {
    expect(read(['GROUPE', 'LONG', 'OUVERTURE'], [['X1', '', '31/02/2024']])).toEqual({
      emitted: [],
      rejected: [
        [2, 'GROUPE : « X1 » n’est pas un code de groupe'],
        [2, 'LONG : libellé absent'],
        [2, 'OUVERTURE : la date « 31/02/2024 » n’existe pas'],
      ],
    });
  });

  it('says a needed code is absent only when nothing else is wrong with the line', () => {
    const liens = bcnNomenclature({
      id: 'liens',
      label: 'liens',
      stage: 0,
      table: 'lien_formation_groupe',
      detect: { has: ['GROUPE'] },
      columns: {
        groupe: { from: 'GROUPE', read: required('groupe') },
        cfd: { from: 'CFD', read: code('CFD') },
      },
    });
    if (liens.format !== 'csv') throw new Error('a CSV dataset');
    const reader = liens.open(new Header(['GROUPE', 'CFD']), { path: '', name: '' });
    if ('problems' in reader) throw new Error(reader.problems.join());
    const rejected: string[] = [];
    const sink: LineSink = {
      emit: () => {},
      reject: (_l, r) => rejected.push(r),
      ignore() {},
      warn() {},
    };
    reader.row(['G0001', ''], 2, sink);
    reader.row(['', ''], 3, sink);
    expect(rejected).toEqual(['CFD : code absent', 'GROUPE : groupe absent']);
  });
});
