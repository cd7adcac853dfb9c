import { describe, expect, it } from 'vitest';
import { positionOf } from './figure-context.js';
import { quartiles, roundHalfEven } from './quartiles.js';

describe('quartiles of similar trainings', () => {
  it('interpolates between ordered values, as QUARTILE.INC does', () => {
    expect(quartiles([10, 20, 30, 40, 50])).toEqual({ q1: 20, mediane: 30, q3: 40 });
    // Positions 1.5, 3 and 4.5 of 0…6: halfway between two values, rounded half to even.
    expect(quartiles([10, 21, 30, 40, 50, 60, 73])).toEqual({ q1: 26, mediane: 40, q3: 55 });
    expect(quartiles([1, 2, 3, 4, 5, 6])).toEqual({ q1: 2, mediane: 4, q3: 5 });
  });

  it('rounds an exact half to the even whole number, and other values to the nearest', () => {
    expect([12.5, 13.5, 12.25, 12.75, -0.5].map(roundHalfEven)).toEqual([12, 14, 12, 13, 0]);
  });

  it('places a figure above the third quartile, below the first, or in between, bounds included', () => {
    expect(positionOf(41, 20, 40)).toBe('quart_superieur');
    expect(positionOf(40, 20, 40)).toBe('moitie_centrale');
    expect(positionOf(20, 20, 40)).toBe('moitie_centrale');
    expect(positionOf(19, 20, 40)).toBe('quart_inferieur');
    expect(positionOf(null, 20, 40)).toBe('comparaison_impossible');
  });

  it('refuses to take the quartiles of nothing', () => {
    expect(() => quartiles([])).toThrow('at least one value');
  });
});
