import { expect, type Page, test } from '@playwright/test';
import { demoCase, widgetAttributes } from '../support/demo-cases.js';
import { productOrigin } from '../support/origins.js';
import { partnerPage, partnerStylesheet } from '../support/partner-page.js';
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

/** A colour as the browser computes it, `#6a1b9a` → `rgb(106, 27, 154)`. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

test('a partner’s colours, set by the documented rule of its own stylesheet, apply under a strict CSP where an inline style is refused', async ({
  page,
}) => {
  const accent = '#6a1b9a';
  const refusals = await recordRefusals(page);
  const stylesheet = partnerStylesheet(
    'couleurs-partenaire',
    `inserjeunes-indicateurs.ij-couleurs-partenaire {\n  --ij-color-accent: ${accent};\n}\n`,
  );
  const origin = productOrigin();
  await page.goto(
    partnerPage(
      'csp-stricte-couleurs',
      `<main>
  <h1>Nos formations</h1>
  <script type="module" src="${origin}/widget/v1/inserjeunes-indicateurs.js"></script>
  <inserjeunes-indicateurs class="ij-couleurs-partenaire" ${widgetAttributes(LYCEE)}></inserjeunes-indicateurs>
  <inserjeunes-indicateurs style="--ij-color-accent: #b00020" ${widgetAttributes(LYCEE)}></inserjeunes-indicateurs>
</main>`,
      {
        head: `<meta http-equiv="Content-Security-Policy" content="${guidePolicy()}" />
    <link rel="stylesheet" href="${stylesheet}" />`,
      },
    ),
  );
  await widgetsSettled(page, 2);
  const tabColour = (index: number) =>
    page
      .locator('inserjeunes-indicateurs')
      .nth(index)
      .getByRole('tab', { selected: true })
      .evaluate((tab) => getComputedStyle(tab).color);

  expect(await tabColour(0)).toBe(rgb(accent));
  // The inline attribute is refused: that widget keeps its own accent.
  expect(await tabColour(1)).toBe(rgb('#000091'));
  expect(refusals.some((line) => /style-src/.test(line))).toBe(true);
});

test('an iframe takes the look its theme parameter names, and other paths never take the links’ colour', async ({
  page,
}) => {
  const origin = productOrigin();
  const frame = (theme: string) =>
    `<iframe src="${origin}/embed?code=${LYCEE.code}&uai=${LYCEE.uai ?? ''}&audience=lycee&theme=${theme}"
    title="${FRAME_TITLE} (${theme})" sandbox="allow-scripts" style="width: 100%; height: 900px"></iframe>`;
  await page.goto(partnerPage('iframes-themes', `<main>${frame('sombre')}${frame('dsfr')}</main>`));
  const look = async (theme: string) => {
    const inside = page.frameLocator(`iframe[title="${FRAME_TITLE} (${theme})"]`);
    await page.getByTitle(`${FRAME_TITLE} (${theme})`).scrollIntoViewIfNeeded();
    await widgetsSettled(inside, 1);
    const widget = inside.locator('inserjeunes-indicateurs');
    return {
      card: await widget
        .locator('section.card')
        .first()
        .evaluate((card) => getComputedStyle(card).backgroundColor),
      emploi: await widget
        .locator('.swatch.emploi')
        .first()
        .evaluate((swatch) => getComputedStyle(swatch).backgroundColor),
      autres: await widget
        .locator('.swatch.autres')
        .first()
        .evaluate((swatch) => getComputedStyle(swatch).backgroundColor),
    };
  };

  const sombre = await look('sombre');
  expect(sombre.card).toBe(rgb('#1e1e1e'));

  // The state design system's published tokens: emeraude for employment, glycine for other
  // paths, never the blue-france of its links.
  const dsfr = await look('dsfr');
  expect(dsfr).toEqual({ card: rgb('#ffffff'), emploi: rgb('#297254'), autres: rgb('#6e445a') });
});
