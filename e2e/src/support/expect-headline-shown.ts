import { expect, type Locator } from '@playwright/test';
import type { FiliereRates } from './affichage-figures.js';

/**
 * "4 élèves sur 10 travaillent (38 %)", "2 à 3 apprentis sur 10 …", "moins d’1 élève sur 10 …",
 * and their English versions.
 */
const LINE = {
  fr: /(moins d’1|\d+(?: à \d+)?) (?:élève|étudiant|apprenti)s? sur 10 [^(]*\((\d+)\s?%\)/,
  en: /(fewer than 1|\d+(?: to \d+)?) (?:pupil|student|apprentice)s? in 10 [^(]*\((\d+)\s?%\)/,
} as const;

/** The people a phrase stands for, as the least and the most it may mean. */
function peopleOf(phrase: string): { least: number; most: number } {
  if (/^(moins|fewer)/.test(phrase)) return { least: 0, most: 1 };
  const [low = Number.NaN, high] = (phrase.match(/\d+/g) ?? []).map(Number);
  return { least: low, most: high ?? low };
}

/**
 * Reads the three outcomes of the 3ème variant's selected tab and checks them against the
 * API's block: the same percentages, and people out of ten that can add up to ten, each
 * within one person of its percentage ("moins d’1" only under 5 %).
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
    return { ...peopleOf(match[1] ?? ''), percent: Number(match[2]) };
  });
  const expected = [block.taux_en_emploi_6_mois, block.taux_en_formation, block.taux_autres_6_mois];
  expect(shown.map((entry) => entry.percent)).toEqual(expected);
  expect(shown.reduce((sum, entry) => sum + entry.least, 0)).toBeLessThanOrEqual(10);
  expect(shown.reduce((sum, entry) => sum + entry.most, 0)).toBeGreaterThanOrEqual(10);
  for (const entry of shown) {
    if (entry.most === 1 && entry.least === 0) expect(entry.percent).toBeLessThan(5);
    else expect(Math.abs((entry.least + entry.most) * 5 - entry.percent)).toBeLessThan(10);
  }
}
