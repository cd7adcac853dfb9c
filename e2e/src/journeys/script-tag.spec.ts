import { expect, type Page, test } from '@playwright/test';
import { affichageRates } from '../support/affichage-figures.js';
import { affichagePath, demoCase, widgetAttributes } from '../support/demo-cases.js';
import { expectAccessible } from '../support/expect-accessible.js';
import { expectHeadlineShown } from '../support/expect-headline-shown.js';
import { focusByTab } from '../support/focus-by-tab.js';
import { productOrigin } from '../support/origins.js';
import { partnerPage } from '../support/partner-page.js';

// CAP électricien at a (fictitious) lycée of the demo: both routes have figures there.
const EXAMPLE = demoCase('deux-voies-cap-electricien-canuts');

/** What a partner pastes: the stylesheet and script tags, then the element, in the middle of its own page. */
function pastedScriptTag(): string {
  return `<header><p>Lycée des métiers — nos formations</p></header>
<main>
  <h1>CAP électricien</h1>
  <p>Une formation en deux ans, au lycée ou en apprentissage.</p>
  <link rel="stylesheet" href="${productOrigin()}/widget/v1/inserjeunes-indicateurs.css">
  <script type="module" src="${productOrigin()}/widget/v1/inserjeunes-indicateurs.js"></script>
  <inserjeunes-indicateurs ${widgetAttributes(EXAMPLE)}></inserjeunes-indicateurs>
</main>`;
}

/** Uncaught errors of the page: a partner page must have none. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const WORDS = {
  fr: {
    title: 'Que font les élèves après cette formation ?',
    tabs: ['Au lycée professionnel', 'En apprentissage'],
  },
  en: {
    title: 'What do students do after this course?',
    tabs: ['At a vocational school', 'As an apprentice'],
  },
} as const;

test.describe('a partner page on another origin pastes the script tag', () => {
  test('the widget shows the API’s figures for each route', async ({ page, request }) => {
    const answer = await request.get(affichagePath(EXAMPLE));
    expect(answer.status()).toBe(200);
    const blocks = affichageRates(await answer.json());
    expect(blocks.map((block) => block.filiere)).toEqual(['scolaire', 'apprentissage']);

    const errors = collectErrors(page);
    await page.goto(partnerPage('balise-script', pastedScriptTag()));
    const widget = page.getByRole('region', { name: WORDS.fr.title });
    await expect(widget.getByRole('tab')).toHaveText([...WORDS.fr.tabs]);
    await expect(
      widget.getByText('Chiffres de l’établissement Lycée professionnel fictif des Canuts', {
        exact: true,
      }),
    ).toBeVisible();
    await expect(widget.getByText('Données fictives de démonstration')).toBeVisible();
    for (const [index, block] of blocks.entries()) {
      await widget.getByRole('tab', { name: WORDS.fr.tabs[index] }).click();
      await expect(widget.getByRole('tab', { selected: true })).toHaveText(
        WORDS.fr.tabs[index] ?? '',
      );
      await expectHeadlineShown(widget, 'fr', block);
    }
    await expectAccessible(page, 'page partenaire, balise script');
    expect(errors).toEqual([]);
  });

  test('an explanation opens and closes by keyboard', async ({ page }) => {
    await page.goto(partnerPage('balise-script-clavier', pastedScriptTag()));
    const widget = page.getByRole('region', { name: WORDS.fr.title });
    const info = widget.getByRole('button', { name: 'Que veut dire « travaillent » ?' });
    const explanation = widget.getByText(
      'Six mois après la fin de la formation, ils ont un emploi salarié',
    );
    await expect(info).toHaveAttribute('aria-expanded', 'false');
    await expect(explanation).toBeHidden();

    await focusByTab(page, info);
    await page.keyboard.press('Enter');
    await expect(info).toHaveAttribute('aria-expanded', 'true');
    await expect(explanation).toBeVisible();
    await expect(info).toBeFocused();

    await page.keyboard.press('Space');
    await expect(info).toHaveAttribute('aria-expanded', 'false');
    await expect(explanation).toBeHidden();
    await page.keyboard.press('Space');
    await expect(info).toHaveAttribute('aria-expanded', 'true');
    await expect(explanation).toBeVisible();
  });

  test('on a page in English, the widget speaks English', async ({ page, request }) => {
    const blocks = affichageRates(await (await request.get(affichagePath(EXAMPLE))).json());
    const errors = collectErrors(page);
    await page.goto(partnerPage('balise-script-en', pastedScriptTag(), { lang: 'en' }));
    const widget = page.getByRole('region', { name: WORDS.en.title });
    await expect(widget.getByRole('tab')).toHaveText([...WORDS.en.tabs]);
    await expect(
      widget.getByRole('link', { name: /^Where do these figures come from\?/ }),
    ).toBeVisible();
    await expect(widget.getByRole('button', { name: 'What does “work” mean?' })).toBeVisible();
    const first = blocks[0];
    if (first === undefined) throw new Error('aucun bloc dans la réponse');
    await expectHeadlineShown(widget, 'en', first);
    await expectAccessible(page, 'page partenaire en anglais, balise script');
    expect(errors).toEqual([]);
  });
});
