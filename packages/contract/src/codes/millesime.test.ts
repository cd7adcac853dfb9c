import { describe, expect, it } from 'vitest';
import { millesimeYears, parseMillesime } from './millesime.js';

describe('parseMillesime', () => {
  it.each(['2023', '2022_2023', '2019_2020'])('accepts %s', (value) => {
    expect(parseMillesime(value)).toEqual({ ok: true, value });
  });

  it.each(['22', '2022-2023', '2022_2024', '2023_2022', '2022_'])('rejects %s', (value) => {
    expect(parseMillesime(value).ok).toBe(false);
  });

  it('lists the promotions covered', () => {
    expect(millesimeYears('2022_2023')).toEqual([2022, 2023]);
    expect(millesimeYears('2023')).toEqual([2023]);
  });
});
