import { test } from '@playwright/test';
import { type DemoCase, demoCases, widgetAttributes } from '../support/demo-cases.js';
import { expectAccessible } from '../support/expect-accessible.js';
import { partnerOrigin, productOrigin } from '../support/origins.js';
import { pageSettled } from '../support/page-settled.js';
import { partnerPage } from '../support/partner-page.js';
import { widgetsSettled } from '../support/widgets-settled.js';

/** Every page of the gallery, as the README lists them (partner-like pages included). */
const GALLERY_PAGES = [
  '/',
  '/matrice',
  '/atelier',
  '/partenaires',
  '/partenaires/etat',
  '/partenaires/commerce',
  '/partenaires/sombre',
  '/partenaires/mobile',
  '/statistiques',
  '/couverture',
  '/integration',
  '/donnees',
  '/donnees/lecteur',
  '/guide-api',
];

test.describe('the gallery passes axe (WCAG 2.1 AA)', () => {
  for (const path of GALLERY_PAGES) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await pageSettled(page);
      await expectAccessible(page, `galerie ${path}`);
    });
  }
});

const LANGS = ['fr', 'en'] as const;

/**
 * One section per demo example, for the audience it is written for, and one whose API
 * fails, each widget under its heading. (The matrix, checked above, shows every audience
 * for every state.)
 */
function everyState(cases: readonly DemoCase[]): string {
  const script = `<script type="module" src="${productOrigin()}/widget/v1/inserjeunes-indicateurs.js"></script>`;
  const sections = cases.map(
    (entry) => `<section aria-labelledby="${entry.id}">
    <h2 id="${entry.id}" lang="fr">${entry.titre}</h2>
    <inserjeunes-indicateurs ${widgetAttributes(entry)} heading-level="3"></inserjeunes-indicateurs>
  </section>`,
  );
  const failing = cases[0];
  if (failing !== undefined) {
    sections.push(`<section aria-labelledby="erreur">
    <h2 id="erreur" lang="fr">L’API ne répond pas</h2>
    <inserjeunes-indicateurs ${widgetAttributes(failing)} api="${partnerOrigin()}/panne" heading-level="3"></inserjeunes-indicateurs>
  </section>`);
  }
  return `<main><h1>Tous les états du widget</h1>${script}${sections.join('\n')}</main>`;
}

test.describe('every widget state passes axe (WCAG 2.1 AA)', () => {
  const cases = demoCases();
  for (const lang of LANGS) {
    test(`${lang}: the ${cases.length} demo examples and the error state`, async ({ page }) => {
      await page.goto(partnerPage(`etats-${lang}`, everyState(cases), { lang }));
      await widgetsSettled(page, cases.length + 1);
      await expectAccessible(page, `états du widget, ${lang}`);
    });
  }
});
