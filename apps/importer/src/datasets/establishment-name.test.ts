import { describe, expect, it } from 'vitest';
import type { LineSink } from './dataset.js';
import { EstablishmentNames, emitEstablishmentName } from './establishment-name.js';

/** A sink that keeps what it is given. */
function recordingSink(): LineSink & { rows: unknown[] } {
  const rows: unknown[] = [];
  return {
    rows,
    emit: (table, row, line, mode) => rows.push({ table, row, line, mode }),
    reject: () => {},
    ignore: () => {},
    warn: () => {},
  };
}

describe('the name of an establishment given by a figures file', () => {
  it('fills the establishment’s name and region only, an empty name as unknown', () => {
    const sink = recordingSink();
    emitEstablishmentName(sink, 7, '0750001A', '', '11');
    expect(sink.rows).toEqual([
      {
        table: 'etablissement',
        row: {
          uai: '0750001A',
          libelle: null,
          region_code: '11',
          academie_code: null,
          departement_code: null,
        },
        line: 7,
        mode: 'fill',
      },
    ]);
  });

  it('sends a line naming the same establishment as the line before only once', () => {
    const sink = recordingSink();
    const names = new EstablishmentNames();
    names.emit(sink, 2, '0750001A', 'Lycée Victor Hugo');
    names.emit(sink, 3, '0750001A', 'Lycée V. Hugo');
    names.emit(sink, 4, '0690002B', 'CFA du Rhône', '84');
    names.emit(sink, 5, '0750001A', 'Lycée Victor Hugo');
    expect(sink.rows.map((entry) => (entry as { line: number }).line)).toEqual([2, 4, 5]);
    expect((sink.rows[0] as { row: { libelle: string } }).row.libelle).toBe('Lycée Victor Hugo');
  });
});
