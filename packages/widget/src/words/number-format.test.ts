import { describe, expect, it } from 'vitest';
import { formatDate, formatEuros, formatPercent } from './number-format.js';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

describe('numbers written by hand', () => {
  it.each(['fr', 'en'] as const)('write every percentage as Intl does (%s)', (lang) => {
    const intl = new Intl.NumberFormat(LOCALES[lang], { style: 'percent' });
    for (let value = 0; value <= 100; value++) {
      expect(formatPercent(value, lang)).toBe(intl.format(value / 100));
    }
  });

  it.each(['fr', 'en'] as const)('write salaries as Intl does, to the euro (%s)', (lang) => {
    const intl = new Intl.NumberFormat(LOCALES[lang], {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const salaries = [0, 7, 999, 1000, 1380, 1520.5, 2349.5, 2780.49, 10_000, 123_456, 1_234_567];
    for (let value = 900; value < 5000; value += 37.5) salaries.push(value);
    for (const value of salaries) expect(formatEuros(value, lang)).toBe(intl.format(value));
  });

  it.each(['fr', 'en'] as const)('write every day of a leap year as Intl does (%s)', (lang) => {
    const intl = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2024, 0, 1 + day));
      const iso = date.toISOString();
      expect(formatDate(iso, lang)).toBe(intl.format(date));
      expect(formatDate(iso.slice(0, 10), lang)).toBe(intl.format(date));
    }
  });

  it('leave a date it cannot read as it came', () => {
    expect(formatDate('bientôt', 'fr')).toBe('bientôt');
  });
});
