import { describe, expect, it } from 'vitest';
import { CATALOGUE_LIMITS, CatalogueLimitExceeded } from './catalogue-limits.js';
import { parseCsv } from './parse-csv.js';

describe('reading partners’ CSV', () => {
  it('detects the separator and keeps quoted separators, quotes and line breaks', () => {
    const table = parseCsv(
      '\uFEFFcode,libelle\r\n40025214,"Élec, ""bac"" pro\nsuite"\r\n\r\n50022135,CAP\n',
    );
    expect(table.header).toEqual(['code', 'libelle']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['40025214', 'Élec, "bac" pro\nsuite'] },
      { line: 5, cells: ['50022135', 'CAP'] },
    ]);
  });

  it('reads semicolons, tabs and pipes', () => {
    for (const separator of [';', '\t', '|']) {
      expect(parseCsv(`a${separator}b\n1${separator}2`).rows[0]?.cells).toEqual(['1', '2']);
    }
  });

  it('reads quotes inside a cell as text, and a quoted run after text', () => {
    expect(parseCsv('a;b\nx"y;"p;q"r\n').rows[0]?.cells).toEqual(['x"y', 'p;qr']);
  });

  it('keeps only the columns chosen on the first rows, with their values on every row', () => {
    const seen: string[][] = [];
    const table = parseCsv('note;code;uai\n\nn1;c1;u1\nn2;c2;u2\nn3;c3\n', CATALOGUE_LIMITS, {
      sampleRows: 1,
      choose: (header, sample) => {
        seen.push(header, ...sample.map((row) => row.cells));
        return [2, 1];
      },
    });
    expect(seen).toEqual([
      ['note', 'code', 'uai'],
      ['n1', 'c1', 'u1'],
    ]);
    expect(table.kept).toEqual([2, 1]);
    expect(table.rows).toEqual([
      { line: 3, cells: ['u1', 'c1'] },
      { line: 4, cells: ['u2', 'c2'] },
      { line: 5, cells: ['', 'c3'] },
    ]);
  });

  it('still refuses a line too wide after the columns are chosen', () => {
    const wide = `a;b\n1;2\n1;2\n${'x;'.repeat(300)}x\n`;
    expect(() => parseCsv(wide, CATALOGUE_LIMITS, { sampleRows: 1, choose: () => [0] })).toThrow(
      CatalogueLimitExceeded,
    );
  });
});
