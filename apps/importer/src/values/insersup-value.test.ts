import { describe, expect, it } from 'vitest';
import { parseInserSupCount, parseInserSupRate, parseInserSupValue } from './insersup-value.js';

function read(raw: unknown) {
  const problems: string[] = [];
  return { ...parseInserSupValue(raw, 'col', problems), problems };
}

describe('parseInserSupValue', () => {
  it('reads integers and decimals with a point or a comma, spaces and markers around', () => {
    expect(read('54')).toEqual({ value: 54, marker: '', problems: [] });
    expect(read('53.33')).toEqual({ value: 53.33, marker: '', problems: [] });
    expect(read('54,6')).toEqual({ value: 54.6, marker: '', problems: [] });
    expect(read(' 0.0 ')).toEqual({ value: 0, marker: '', problems: [] });
    expect(read('-3,5')).toEqual({ value: -3.5, marker: '', problems: [] });
    expect(read('130 *')).toEqual({ value: 130, marker: '*', problems: [] });
    expect(read('12,5**')).toEqual({ value: 12.5, marker: '**', problems: [] });
    expect(read(7)).toEqual({ value: 7, marker: '', problems: [] });
  });

  it('reads na, nd and empty cells as not published', () => {
    for (const raw of ['', 'nd', 'na', ' ND ', null, undefined]) {
      expect(read(raw)).toEqual({ value: null, marker: '', problems: [] });
    }
  });

  it('names the column and the value of a cell that is no number', () => {
    for (const raw of ['.5', '5.', '1,2,3', '1.2.3', 'abc', '5 %']) {
      expect(read(raw).problems).toEqual([`col : « ${raw} » n’est pas un nombre`]);
    }
  });
});

describe('parseInserSupRate and parseInserSupCount', () => {
  it('keep rates within 0–100 and counts whole and non-negative', () => {
    const problems: string[] = [];
    expect(parseInserSupRate('66.67', 'tx', problems)).toBe(66.67);
    expect(parseInserSupRate('100', 'tx', problems)).toBe(100);
    expect(problems).toEqual([]);
    expect(parseInserSupRate('100.5', 'tx', problems)).toBeNull();
    expect(parseInserSupCount('2.5', 'nb', problems).value).toBeNull();
    expect(problems).toEqual([
      'tx : taux impossible (100.5), attendu entre 0 et 100',
      'nb : « 2.5 » n’est pas un nombre entier',
    ]);
  });
});
