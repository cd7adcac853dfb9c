import { expect, type Locator } from '@playwright/test';
import type { FiliereRates } from './affichage-figures.js';

/** "4 élèves sur 10 travaillent (38 %)", and its English version. */
const LINE = {
  fr: /(\d+) élèves? sur 10 [^(]*\((\d+)\s?%\)/,
  en: /(\d+) students? in 10 [^(]*\((\d+)\s?%\)/,
} as const;

/**
 * Reads the three outcomes of the 3ème variant's selected tab and checks them against the
 * API's block: the same percentages, and people out of ten that add up to ten, each within
 * one person of its percentage.
 */
export async function expectHeadlineShown(
  widget: Locator,
  lang: 'fr' | 'en',
  block: FiliereRates,
): Promise<void> {
  const items = widget.getByRole('tabpanel').getByRole('listitem');
  await expect(items).toHaveCount(3);
  const shown = (await items.allInnerTexts()).map((line) => {
    const match = LINE[lang].exec(line);
    if (match === null) throw new Error(`ligne illisible : ${line}`);
    return { people: Number(match[1]), percent: Number(match[2]) };
  });
  const expected = [block.taux_en_emploi_6_mois, block.taux_en_formation, block.taux_autres_6_mois];
  expect(shown.map((entry) => entry.percent)).toEqual(expected);
  expect(shown.reduce((sum, entry) => sum + entry.people, 0)).toBe(10);
  for (const entry of shown) expect(Math.abs(entry.people * 10 - entry.percent)).toBeLessThan(10);
}
