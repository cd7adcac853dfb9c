import { describe, expect, it } from 'vitest';
import { peopleOutOfTen } from './people-out-of-ten.js';
import { tenPeople } from './ten-people.js';

const drawn = (shares: number[]) =>
  tenPeople(peopleOutOfTen(shares), ['emploi', 'formation', 'autres'], 'inconnu').map((person) =>
    person.map(({ kind, part }) => `${kind}:${part}`).join('+'),
  );

describe('tenPeople', () => {
  it('draws 25 / 25 / 50 as two people each, one shared half and half, and five', () => {
    expect(drawn([25, 25, 50])).toEqual([
      'emploi:1',
      'emploi:1',
      'formation:1',
      'formation:1',
      ...Array(5).fill('autres:1'),
      'emploi:0.5+formation:0.5',
    ]);
  });

  it('draws outcomes under 5 % as a shared person, never as a whole one', () => {
    expect(drawn([4, 4, 92])).toEqual([...Array(9).fill('autres:1'), 'emploi:0.5+formation:0.5']);
  });

  it('always draws ten people whose parts add up to ten, over every split of 100', () => {
    for (let a = 0; a <= 100; a += 3) {
      for (let b = 0; a + b <= 100; b += 3) {
        const people = tenPeople(peopleOutOfTen([a, b, 100 - a - b]), ['e', 'f', 'a'], 'x');
        expect(people).toHaveLength(10);
        const parts = people.flat().reduce((sum, slice) => sum + slice.part, 0);
        expect(parts).toBeCloseTo(10, 9);
      }
    }
  });
});
