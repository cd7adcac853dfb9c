import { expect, test } from '@playwright/test';
import { demoCase, widgetAttributes } from '../support/demo-cases.js';
import { layoutShift } from '../support/layout-shift.js';
import { partnerOrigin, productOrigin } from '../support/origins.js';
import { partnerPage } from '../support/partner-page.js';
import { WIDGET_TEXT } from '../support/widget-texts.js';
import { widgetsSettled } from '../support/widgets-settled.js';

type Audience = '3eme' | 'lycee' | 'superieur';

/**
 * The main states, each with the demo example that shows it for each audience: the one
 * written for that audience when the demo has one, otherwise the same example read by
 * another audience, as the gallery's matrix does. `panne` points the widget at an API that
 * answers 503.
 */
const STATES: readonly { state: string; cases: Record<Audience, string>; panne?: true }[] = [
  {
    state: 'chiffres',
    cases: {
      '3eme': 'donnees-fictives-cap-electricien',
      lycee: 'chiffres-bts-mco-national',
      superieur: 'superieur-graphique-licence-pro-national',
    },
  },
  {
    state: 'chiffres-partiels',
    cases: {
      '3eme': 'chiffres-partiels-cap-epc-vieux-port',
      lycee: 'chiffres-partiels-bts-sam-canal',
      superieur: 'chiffres-partiels-master-meef-baie-des-anges',
    },
  },
  {
    state: 'masque',
    cases: {
      '3eme': 'masque-partout-cap-moules-vieux-port',
      lycee: 'masque-partout-cap-moules-vieux-port',
      superieur: 'masque-partout-cap-moules-vieux-port',
    },
  },
  {
    state: 'aucune-donnee',
    cases: {
      '3eme': 'nouveau-diplome-bac-pro-optique',
      lycee: 'nouveau-diplome-bac-pro-optique',
      superieur: 'diplome-ferme-sise-sans-donnees',
    },
  },
  {
    state: 'repli',
    cases: {
      '3eme': 'repli-region-agora-plaine',
      lycee: 'masque-repli-region-bts-cg-canal',
      superieur: 'repli-national-licence-pro-confluent',
    },
  },
  {
    state: 'code-inconnu',
    cases: { '3eme': 'code-inconnu', lycee: 'code-inconnu', superieur: 'code-inconnu' },
  },
  {
    state: 'erreur',
    cases: {
      '3eme': 'donnees-fictives-cap-electricien',
      lycee: 'chiffres-bts-mco-national',
      superieur: 'superieur-graphique-licence-pro-national',
    },
    panne: true,
  },
];
const AUDIENCES: readonly Audience[] = ['3eme', 'lycee', 'superieur'];

/** A fixed font stack and column, so the pictures depend on the widget alone. */
const STABLE_PAGE = `<style>
  html { font-family: "DejaVu Sans", sans-serif; font-size: 16px; line-height: 1.5; }
  body { margin: 0; padding: 16px; background: #ffffff; color: #1e1e1e; }
  main { width: 480px; }
</style>`;

test.use({ viewport: { width: 800, height: 600 }, reducedMotion: 'reduce' });

test.describe('each audience × main state looks as its committed picture, and does not move the page', () => {
  for (const { state, cases, panne } of STATES) {
    for (const audience of AUDIENCES) {
      test(`${state}, ${audience}`, async ({ page }) => {
        const example = demoCase(cases[audience]);
        const api = panne ? ` api="${partnerOrigin()}/panne"` : '';
        // The answer is held until the loading state is drawn: the widget then keeps the
        // height it reserved, as on any real network, instead of depending on how fast
        // this machine answers.
        let release = () => {};
        const released = new Promise<void>((resolve) => {
          release = resolve;
        });
        await page.route(/\/api\/inserjeunes\/affichage\//, async (route) => {
          await released;
          await route.continue();
        });
        await page.goto(
          partnerPage(
            `capture-${state}-${audience}`,
            `<main>
  <link rel="stylesheet" href="${productOrigin()}/widget/v1/inserjeunes-indicateurs.css">
  <script type="module" src="${productOrigin()}/widget/v1/inserjeunes-indicateurs.js"></script>
  <inserjeunes-indicateurs ${widgetAttributes(example, audience)}${api}></inserjeunes-indicateurs>
</main>
<p>${'La suite de la page du partenaire. '.repeat(40)}</p>`,
            { head: STABLE_PAGE },
          ),
        );
        await expect(page.getByText(WIDGET_TEXT.loading)).toBeVisible();
        release();
        await widgetsSettled(page, 1);
        if (panne) await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
        await expect(page.getByRole('main')).toHaveScreenshot(`${state}-${audience}.png`);
        // From the first paint to this state, the page below the widget did not move.
        expect(await layoutShift(page)).toBeLessThanOrEqual(0.05);
      });
    }
  }
});
