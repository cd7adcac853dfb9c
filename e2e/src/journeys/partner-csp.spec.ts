import { expect, type Page, test } from '@playwright/test';
import { demoCase, widgetAttributes } from '../support/demo-cases.js';
import { productOrigin } from '../support/origins.js';
import { partnerPage } from '../support/partner-page.js';
import { widgetsSettled } from '../support/widgets-settled.js';

// A lycée widget with both routes, a higher-education one with its chart, and an iframe:
// everything a partner may paste, on a page that allows only what the integration guide says.
const LYCEE = demoCase('deux-voies-cap-electricien-canuts');
const SUPERIEUR = demoCase('superieur-graphique-licence-pro-baie-des-anges');
const FRAME_TITLE = 'Que deviennent les élèves après cette formation ?';

/** The policy of the integration guide's CSP section, with nothing else allowed. */
function guidePolicy(): string {
  const origin = productOrigin();
  return [
    "default-src 'none'",
    `script-src 'self' ${origin}`,
    `connect-src 'self' ${origin}`,
    `frame-src ${origin}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
  ].join('; ');
}

function strictPage(): string {
  const origin = productOrigin();
  return `<main>
  <h1>Nos formations</h1>
  <script type="module" src="${origin}/widget/v1/inserjeunes-indicateurs.js"></script>
  <inserjeunes-indicateurs ${widgetAttributes(LYCEE)}></inserjeunes-indicateurs>
  <inserjeunes-indicateurs ${widgetAttributes(SUPERIEUR)}></inserjeunes-indicateurs>
  <iframe src="${origin}/embed?code=${LYCEE.code}&uai=${LYCEE.uai ?? ''}&audience=lycee"
    title="${FRAME_TITLE}" sandbox="allow-scripts"></iframe>
  <script src="${origin}/widget/v1/embed.js"></script>
</main>`;
}

/** Every CSP refusal of the page and its frames, as the browser reports them. */
async function recordRefusals(page: Page): Promise<string[]> {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  await page.exposeFunction('reportRefusal', (line: string) => refusals.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportRefusal?: (line: string) => void })
        .reportRefusal;
      report?.(`${event.violatedDirective} refused ${event.blockedURI || 'inline'}`);
    });
  });
  return refusals;
}

test('on a page whose CSP allows only what the guide says, every widget works and nothing is refused', async ({
  page,
}) => {
  const refusals = await recordRefusals(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(
    partnerPage('csp-stricte', strictPage(), {
      head: `<meta http-equiv="Content-Security-Policy" content="${guidePolicy()}" />`,
    }),
  );

  await widgetsSettled(page, 2);
  const frame = page.frameLocator(`iframe[title="${FRAME_TITLE}"]`);
  await widgetsSettled(frame, 1);

  // Figures drawn in each: the routes' tabs, the chart's canvas, the frame sized to its content.
  const lycee = page.locator('inserjeunes-indicateurs').first();
  await expect(lycee.getByRole('tab')).toHaveCount(2);
  const superieur = page.locator('inserjeunes-indicateurs').nth(1);
  await expect(superieur.locator('canvas')).toBeVisible();
  await expect(frame.getByRole('tab')).toHaveCount(2);
  // Chromium lays out an off-screen sandboxed frame only once it is in view.
  await page.getByTitle(FRAME_TITLE).scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.getByTitle(FRAME_TITLE).evaluate((element) => element.clientHeight))
    .toBeGreaterThan(200);

  // The widget's styles apply (shadow DOM style sheets are not blocked by style-src).
  const padding = await lycee.evaluate((element) => {
    const card = element.shadowRoot?.querySelector('section.card');
    return card ? getComputedStyle(card).paddingTop : '';
  });
  expect(padding).not.toBe('0px');

  expect(refusals).toEqual([]);
  expect(errors).toEqual([]);
});
