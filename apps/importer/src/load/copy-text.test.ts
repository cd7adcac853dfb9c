import { describe, expect, it } from 'vitest';
import { filledColumns, toCopyText } from './copy-text.js';

describe('toCopyText', () => {
  it('writes each row as a tab-separated line in the order of the columns', () => {
    const rows = [
      { scope: 'regional', nb_sortant: 12, fictif: false, uai: null },
      { scope: 'national', nb_sortant: 0, fictif: true, uai: '0750001A' },
    ];
    expect(toCopyText(rows, ['uai', 'scope', 'nb_sortant', 'fictif'])).toBe(
      '\\N\tregional\t12\tf\n0750001A\tnational\t0\tt\n',
    );
  });

  it('writes an absent property as null and escapes backslashes and control characters', () => {
    const rows = [{ libelle: 'a\\b\tc\nd\re' }];
    expect(toCopyText(rows, ['libelle', 'cfd'])).toBe('a\\\\b\\tc\\nd\\re\t\\N\n');
  });

  it('reads column names that are no identifier as they are', () => {
    const rows = [{ "it's": 'x', 'a"b': 1.5 }];
    expect(toCopyText(rows, ["it's", 'a"b'])).toBe('x\t1.5\n');
  });

  it('gives the same text for the same columns asked again, and nothing for no rows', () => {
    const rows = [{ a: 1, b: 'x' }];
    expect(toCopyText(rows, ['a', 'b'])).toBe(toCopyText(rows, ['a', 'b']));
    expect(toCopyText(rows, ['b', 'a'])).toBe('x\t1\n');
    expect(toCopyText([], ['a'])).toBe('');
  });
});

describe('filledColumns', () => {
  it('keeps the columns holding a value in some row, and those always sent', () => {
    const rows = [
      { a: 1, b: null, c: null },
      { a: null, b: 'x', c: null },
    ];
    expect(filledColumns(rows, ['a', 'b', 'c', 'd'], ['d'])).toEqual(['a', 'b', 'd']);
  });
});
