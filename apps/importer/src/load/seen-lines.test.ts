import { describe, expect, it } from 'vitest';
import { SeenLines } from './seen-lines.js';

describe('the keys of the lines seen so far', () => {
  it('gives the earlier line of a key seen again, across many keys, and never for a new key', () => {
    const seen = new SeenLines<null>(false);
    const keys = Array.from({ length: 50_000 }, (_, i) => `4002${i}\u0001region\u0001${i % 17}`);
    keys.forEach((key, i) => {
      expect(seen.check(key, i + 2, null)).toBeUndefined();
    });
    expect(seen.check(keys[0] ?? '', 60_000, null)).toEqual({ line: 2 });
    expect(seen.check(keys[31_337] ?? '', 60_001, null)).toEqual({ line: 31_339 });
    expect(seen.check('40020\u0001region\u00011', 60_002, null)).toBeUndefined();
    // The first line stays the one reported.
    expect(seen.check(keys[0] ?? '', 60_003, null)).toEqual({ line: 2 });
  });

  it('keeps the earlier row when asked to, for tables whose duplicates must be identical', () => {
    const seen = new SeenLines<{ nom: string }>(true);
    expect(seen.check('84', 2, { nom: 'Auvergne-Rhône-Alpes' })).toBeUndefined();
    expect(seen.check('84', 9, { nom: 'autre' })).toEqual({
      line: 2,
      row: { nom: 'Auvergne-Rhône-Alpes' },
    });
  });
});
