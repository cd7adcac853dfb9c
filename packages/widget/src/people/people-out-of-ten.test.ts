import { describe, expect, it } from 'vitest';
import { LESS_THAN_ONE, peopleOutOfTen } from './people-out-of-ten.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('peopleOutOfTen', () => {
  it.each([
    [
      [0, 0, 100],
      [0, 0, 10],
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
      [6, 6, 88],
      [1, 1, 8],
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
      [2.5, 2.5, 5],
    ],
    [
      [45, 45, 10],
      [4.5, 4.5, 1],
    ],
    [
      [4, 4, 92],
      [0.5, 0.5, 9],
    ],
    [
      [1, 1, 98],
      [0, 0, 10],
    ],
  ])('shares %j give %j people out of ten', (shares, people) => {
    expect(peopleOutOfTen(shares)).toEqual(people);
  });

  it('gives nobody when every share is zero or missing', () => {
    expect(peopleOutOfTen([0, 0, 0])).toEqual([0, 0, 0]);
    expect(peopleOutOfTen([Number.NaN, -3, 0])).toEqual([0, 0, 0]);
  });

  it('over every split of 100: ten people, equal shares equal people, under 5 % less than one, else at least one, within a person of the share', () => {
    for (let a = 0; a <= 100; a++) {
      for (let b = 0; a + b <= 100; b++) {
        const shares = [a, b, 100 - a - b];
        const people = peopleOutOfTen(shares);
        expect(sum(people)).toBeCloseTo(10, 9);
        shares.forEach((share, i) => {
          const count = people[i] ?? Number.NaN;
          if (share === 0) expect(count).toBe(0);
          else if (share < LESS_THAN_ONE) expect(count).toBeLessThan(1);
          else expect(count).toBeGreaterThanOrEqual(1);
          expect(Math.abs(count - share / 10)).toBeLessThanOrEqual(1);
          shares.forEach((other, j) => {
            if (other === share) expect(people[j]).toBe(count);
          });
        });
      }
    }
  });

  it('scales shares that do not add up to 100 (a missing outcome counted apart)', () => {
    expect(peopleOutOfTen([40, 0, 60], 10)).toEqual([4, 0, 6]);
    expect(sum(peopleOutOfTen([12, 13, 5]))).toBe(10);
  });
});
