import { expect, type Frame, type Locator, test } from '@playwright/test';
import { demoCase } from '../support/demo-cases.js';
import { expectAccessible } from '../support/expect-accessible.js';
import { productOrigin } from '../support/origins.js';
import { partnerPage } from '../support/partner-page.js';
import { widgetsSettled } from '../support/widgets-settled.js';

// BTS MCO at a (fictitious) lycée: two routes side by side when wide, as tabs when narrow,
// so the content's height changes a lot with the width.
const EXAMPLE = demoCase('deux-voies-bts-mco-canal');
const TITLE = 'Que deviennent les élèves après cette formation ?';
const WIDTHS = [1000, 800, 640, 480, 400, 320];

/** The iframe snippet of the integration guide, sandboxed without allow-same-origin. */
function pastedIframe(): string {
  const src = `${productOrigin()}/embed?code=${EXAMPLE.code}&uai=${EXAMPLE.uai ?? ''}&audience=lycee`;
  return `<main>
  <h1>BTS Management commercial opérationnel</h1>
  <p>Deux ans après le bac, au lycée ou en apprentissage.</p>
  <iframe src="${src}" title="${TITLE}" style="width: 100%; border: 0" sandbox="allow-scripts"></iframe>
  <script src="${productOrigin()}/widget/v1/embed.js"></script>
  <p>Suite de la page du partenaire.</p>
</main>`;
}

interface Heights {
  /** The iframe element's inner height, in the partner's page. */
  iframe: number;
  /** The embedded document's height, and the height it is shown in. */
  scrollHeight: number;
  clientHeight: number;
  horizontalOverflow: boolean;
}

async function measure(iframe: Locator, frame: Frame): Promise<Heights> {
  const outer = await iframe.evaluate((element) => element.clientHeight);
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      horizontalOverflow: root.scrollWidth > root.clientWidth,
    };
  });
  return { iframe: outer, ...inner };
}

test('the sandboxed iframe takes its content’s height as the page narrows', async ({ page }) => {
  await page.setViewportSize({ width: WIDTHS[0] ?? 1000, height: 700 });
  await page.goto(partnerPage('iframe-sandbox', pastedIframe()));
  // The frame is the thing under test here: its box and its document are measured.
  const iframe = page.getByTitle(TITLE);
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('l’iframe n’a pas de document');
  expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
  const inside = iframe.contentFrame();
  await widgetsSettled(inside, 1);
  await expect(inside.getByRole('region', { name: TITLE })).toBeVisible();

  const heights: number[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 700 });
    // Chromium does not lay out an off-screen sandboxed frame again: bring it into view.
    await iframe.scrollIntoViewIfNeeded();
    await expect
      .poll(
        async () => {
          const {
            iframe: outer,
            scrollHeight,
            clientHeight,
            horizontalOverflow,
          } = await measure(iframe, frame);
          return {
            noInnerScrollbar: scrollHeight === clientHeight,
            fitsItsDocument: Math.abs(outer - scrollHeight) <= 1,
            horizontalOverflow,
          };
        },
        { message: `à ${width} px de large` },
      )
      .toEqual({ noInnerScrollbar: true, fitsItsDocument: true, horizontalOverflow: false });
    heights.push((await measure(iframe, frame)).iframe);
  }
  // Narrower means taller: the routes go from side by side to tabs, lines wrap.
  const widest = heights[0] ?? 0;
  const narrowest = heights.at(-1) ?? 0;
  expect(narrowest, `hauteurs : ${heights.join(', ')}`).toBeGreaterThan(widest);
  expect(new Set(heights).size, `hauteurs : ${heights.join(', ')}`).toBeGreaterThan(2);

  await expectAccessible(page, 'page partenaire, iframe');
});

test('a lazily loaded iframe below the fold has its content’s height before the reader scrolls to it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  const src = `${productOrigin()}/embed?code=${EXAMPLE.code}&uai=${EXAMPLE.uai ?? ''}&audience=lycee`;
  await page.goto(
    partnerPage(
      'iframe-sous-la-ligne',
      `<main>
  <h1>BTS Management commercial opérationnel</h1>
  <p style="height: 1200px">Une longue présentation de la formation.</p>
  <iframe src="${src}" title="${TITLE}" loading="lazy" style="width: 100%; border: 0" sandbox="allow-scripts"></iframe>
  <script src="${productOrigin()}/widget/v1/embed.js"></script>
  <p>Suite de la page du partenaire.</p>
</main>`,
    ),
  );
  const iframe = page.getByTitle(TITLE);
  // Never scrolled to: the frame is below the fold the whole time.
  await expect
    .poll(() => iframe.evaluate((element) => element.getBoundingClientRect().top))
    .toBeGreaterThan(700);
  await expect.poll(() => iframe.evaluate((element) => element.clientHeight)).toBeGreaterThan(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const inside = iframe.contentFrame();
  await expect(inside.getByRole('region', { name: TITLE })).toBeAttached();
});
