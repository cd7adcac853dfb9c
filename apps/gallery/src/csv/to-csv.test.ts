import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.js';

describe('toCsv', () => {
  it('writes a BOM, a header and one line per row, separated by semicolons', () => {
    expect(
      toCsv(
        ['ligne', 'code'],
        [
          [2, '40025214'],
          [3, null],
        ],
      ),
    ).toBe('\uFEFFligne;code\r\n2;40025214\r\n3;\r\n');
  });

  it('quotes cells holding separators, quotes or line breaks', () => {
    expect(toCsv(['message'], [['a;b'], ['dit "non"'], ['deux\nlignes']])).toBe(
      '\uFEFFmessage\r\n"a;b"\r\n"dit ""non"""\r\n"deux\nlignes"\r\n',
    );
  });

  it('stops a spreadsheet from running a cell as a formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://x")'], [-3]])).toBe(
      '\uFEFFx\r\n"\'=HYPERLINK(""http://x"")"\r\n-3\r\n',
    );
  });
});
