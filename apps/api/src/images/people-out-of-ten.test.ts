import { describe, expect, it } from 'vitest';
import { peopleOutOfTen } from './people-out-of-ten.js';

describe('peopleOutOfTen', () => {
  it('always draws ten people, and nobody for a share of zero', () => {
    for (let emploi = 0; emploi <= 100; emploi += 7) {
      for (let formation = 0; formation <= 100 - emploi; formation += 11) {
        const autres = 100 - emploi - formation;
        const people = peopleOutOfTen([emploi, formation, autres]);
        expect(people.reduce((a, b) => a + b, 0)).toBe(10);
        [emploi, formation, autres].forEach((share, i) => {
          if (share === 0) expect(people[i]).toBe(0);
          else expect(people[i]).toBeGreaterThanOrEqual(1);
        });
      }
    }
  });

  it('gives the leftover people to the largest fractions', () => {
    expect(peopleOutOfTen([45, 25, 30])).toEqual([5, 2, 3]);
    expect(peopleOutOfTen([46, 49, 5])).toEqual([4, 5, 1]);
  });

  it('draws nobody when nothing is published', () => {
    expect(peopleOutOfTen([0, 0, 0])).toEqual([0, 0, 0]);
  });
});
