import { describe, expect, it } from 'vitest';
import { defaultMillesime } from './millesime-order.js';

describe('defaultMillesime', () => {
  const cases: [string, [string, boolean][], string | undefined][] = [
    ['nothing at all', [], undefined],
    [
      'the newest promotion, carried or not',
      [
        ['2021_2022', true],
        ['2022_2023', false],
      ],
      '2022_2023',
    ],
    [
      'the code’s own figures before carried ones of the same promotion',
      [
        ['2022_2023', false],
        ['2023', true],
      ],
      '2023',
    ],
    [
      'the cumulated form when both are the code’s own',
      [
        ['2023', true],
        ['2022_2023', true],
      ],
      '2022_2023',
    ],
    [
      'a millésime with own and carried rows counts as own',
      [
        ['2022_2023', false],
        ['2022_2023', true],
        ['2023', false],
      ],
      '2022_2023',
    ],
  ];
  it.each(cases)('%s', (_, candidates, expected) => {
    expect(defaultMillesime(candidates.map(([millesime, own]) => ({ millesime, own })))).toBe(
      expected,
    );
  });
});
