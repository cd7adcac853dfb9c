import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../http/api-failure.js';
import { checkMillesime, missingMillesime } from './millesime-check.js';

const rows = ['2021_2022', '2022_2023', '2021_2022'].map((millesime) => ({ millesime }));

describe('missingMillesime', () => {
  const cases: [string, string | undefined, { millesime: string }[], string[] | null][] = [
    ['none asked', undefined, rows, null],
    ['one that exists', '2021_2022', rows, null],
    [
      'one that does not: those that do, newest first',
      '2015_2016',
      rows,
      ['2022_2023', '2021_2022'],
    ],
    ['no rows at all: the answer is “no data”, not this', '2015_2016', [], null],
  ];
  it.each(cases)('%s', (_, asked, given, expected) => {
    expect(missingMillesime(asked, given)).toEqual(expected);
  });
});

describe('checkMillesime', () => {
  it('answers 404 naming the scope and the millésimes available', () => {
    let failure: unknown;
    try {
      checkMillesime('2015_2016', rows, 'regional');
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure instanceof ApiFailure && failure.message).toBe(
      'Millésime « 2015_2016 » indisponible (regional) ; millésimes disponibles : 2022_2023, 2021_2022.',
    );
  });
});
