import { describe, expect, it } from 'vitest';
import { millesimeCandidates, millesimeCounterpart } from './millesime-counterpart.js';

describe('millésime counterparts', () => {
  it('pairs a single year with the two promotions ending with it', () => {
    expect(millesimeCounterpart('2024')).toBe('2023_2024');
    expect(millesimeCounterpart('2023_2024')).toBe('2024');
    expect(millesimeCounterpart('2020_2024')).toBeNull();
  });

  it('tries the single year first for formations, the one asked for first elsewhere', () => {
    expect(millesimeCandidates('2023_2024', true)).toEqual(['2024', '2023_2024']);
    expect(millesimeCandidates('2024', true)).toEqual(['2024', '2023_2024']);
    expect(millesimeCandidates('2023_2024', false)).toEqual(['2023_2024', '2024']);
    expect(millesimeCandidates('2020_2024', false)).toEqual(['2020_2024']);
  });
});
