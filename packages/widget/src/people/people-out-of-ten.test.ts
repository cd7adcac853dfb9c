import { describe, expect, it } from 'vitest';
import { peopleOutOfTen } from './people-out-of-ten.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('peopleOutOfTen', () => {
  it.each([
    [
      [0, 0, 100],
      [0, 0, 10],
    ],
    [
      [1, 1, 98],
      [1, 1, 8],
    ],
    [
      [33, 33, 34],
      [3, 3, 4],
    ],
    [
      [5, 90, 5],
      [1, 8, 1],
    ],
    [
      [50, 50, 0],
      [5, 5, 0],
    ],
    [
      [38, 41, 21],
      [4, 4, 2],
    ],
    [
      [100, 0, 0],
      [10, 0, 0],
    ],
    [
      [25, 25, 50],
      [3, 2, 5],
    ],
    [
      [4, 4, 92],
      [1, 1, 8],
    ],
    [
      [1, 0, 99],
      [1, 0, 9],
    ],
  ])('shares %j give %j people out of ten', (shares, people) => {
    expect(peopleOutOfTen(shares)).toEqual(people);
  });

  it('gives nobody when every share is zero or missing', () => {
    expect(peopleOutOfTen([0, 0, 0])).toEqual([0, 0, 0]);
    expect(peopleOutOfTen([Number.NaN, -3, 0])).toEqual([0, 0, 0]);
  });

  it('always adds up to ten and never hides a non-zero share, over every split of 100', () => {
    for (let a = 0; a <= 100; a++) {
      for (let b = 0; a + b <= 100; b++) {
        const shares = [a, b, 100 - a - b];
        const people = peopleOutOfTen(shares);
        expect(sum(people)).toBe(10);
        shares.forEach((share, i) => {
          if (share > 0) expect(people[i]).toBeGreaterThan(0);
          if (share === 0) expect(people[i]).toBe(0);
        });
      }
    }
  });

  it('stays within one person of the exact share when no outcome is tiny', () => {
    const shares = [27, 46, 27];
    peopleOutOfTen(shares).forEach((count, i) => {
      expect(Math.abs(count - (shares[i] ?? 0) / 10)).toBeLessThan(1);
    });
  });

  it('scales shares that do not add up to 100 (a missing outcome counted apart)', () => {
    expect(peopleOutOfTen([40, 0, 60], 10)).toEqual([4, 0, 6]);
    expect(sum(peopleOutOfTen([12, 13, 5]))).toBe(10);
  });
});
