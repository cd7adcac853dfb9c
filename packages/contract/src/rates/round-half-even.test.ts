import { describe, expect, it } from 'vitest';
import { percentHalfEven } from './round-half-even.js';

describe('percentHalfEven', () => {
  it.each([
    [1, 8, 12], // 12.5 → 12
    [27, 200, 14], // 13.5 → 14
    [1, 200, 0], // 0.5 → 0
    [3, 200, 2], // 1.5 → 2
    [1, 3, 33],
    [2, 3, 67],
    [0, 25, 0],
    [25, 25, 100],
    [101, 808, 12], // 12.5 after simplification
  ])('%i over %i is %i', (n, d, expected) => {
    expect(percentHalfEven(n, d)).toBe(expected);
  });

  it('stays exact for large counts where floating point would drift', () => {
    expect(percentHalfEven(1_000_000_001, 8_000_000_008)).toBe(12);
  });

  it('refuses a zero or negative denominator', () => {
    expect(() => percentHalfEven(1, 0)).toThrow(RangeError);
  });
});
