import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './to-csv.js';

describe('CSV for French spreadsheets', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa;b\r\n1;x\r\n');
  });

  it('quotes cells holding a separator, a quote or a line break, doubling quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('le "chef"')).toBe('"le ""chef"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvCell('<b>gras</b>')).toBe('<b>gras</b>');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+33', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(text).replace(/^"/, '').startsWith("'"), JSON.stringify(text)).toBe(true);
    }
    expect(csvCell('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
  });

  it('writes numbers as numbers, negative ones included, with a decimal comma', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(1450.5)).toBe('1450,5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('oui');
  });
});
