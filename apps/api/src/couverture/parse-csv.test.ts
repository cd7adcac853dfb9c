import { describe, expect, it } from 'vitest';
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
});
