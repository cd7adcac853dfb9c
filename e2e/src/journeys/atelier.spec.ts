import { expect, test } from '@playwright/test';
import { affichageRates } from '../support/affichage-figures.js';
import { affichagePath, demoCase } from '../support/demo-cases.js';
import { expectAccessible } from '../support/expect-accessible.js';
import { productOrigin } from '../support/origins.js';
import { partnerPage, partnerStylesheet } from '../support/partner-page.js';

// BTS MCO, national figures: both routes, with salaries.
const EXAMPLE = demoCase('chiffres-bts-mco-national');
const PARTNER_ACCENT = '#6a1b9a';

test('the playground’s script snippet, copied and pasted into a blank page, works', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: productOrigin(),
  });
  await page.goto('/atelier');
  // Ready once its examples are offered (it starts from the first one).
  await expect(page.getByRole('button', { name: 'Chiffres', exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: /^Code du diplôme/ }).fill(EXAMPLE.code);
  await page.getByRole('radio', { name: 'Lycée' }).check();
  await page.getByRole('radio', { name: 'Anglais' }).check();
  await page.getByRole('radio', { name: /^Couleurs d’un partenaire/ }).check();

  // The preview follows: the English lycée variant, in the partner's colours.
  const preview = page.getByRole('region', { name: 'Aperçu du widget' });
  const previewed = preview.getByRole('region', { name: 'What do students do after this course?' });
  await expect(previewed.getByText('In work', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Code du diplôme/ })).toHaveValue(EXAMPLE.code);
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({
    code: EXAMPLE.code,
    audience: 'lycee',
    lang: 'en',
    theme: 'partenaire',
  });

  await page.getByRole('button', { name: 'Copier le code de la balise script' }).click();
  await expect(
    page.getByText('Le code de la balise script est copié dans le presse-papiers.'),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`src="${productOrigin()}/widget/v1/inserjeunes-indicateurs.js"`);
  expect(copied).toContain(`code="${EXAMPLE.code}"`);
  expect(copied).toContain('audience="lycee"');
  expect(copied).toContain('lang="en"');
  // The colours come as a rule for the partner's own stylesheet, which a strict CSP allows.
  const rule = /<!-- Dans votre propre feuille de style :\n([\s\S]*?)\n-->/.exec(copied)?.[1];
  expect(rule).toContain(`--ij-color-accent: ${PARTNER_ACCENT}`);
  expect(copied).not.toContain('style="--ij');

  // A blank page of the partner's site, on its own origin, holding only what was copied:
  // the snippet in the page, the rule in its stylesheet.
  const blocks = affichageRates(await (await request.get(affichagePath(EXAMPLE))).json());
  const blank = await context.newPage();
  const stylesheet = partnerStylesheet('atelier-couleurs', rule ?? '');
  await blank.goto(
    partnerPage('atelier-code-colle', copied, {
      title: 'Page vierge',
      head: `<link rel="stylesheet" href="${stylesheet}" />`,
    }),
  );
  const widget = blank.getByRole('region', { name: 'What do students do after this course?' });
  const inWork = widget.getByRole('listitem').filter({ hasText: 'In work' });
  await expect(inWork).toHaveCount(blocks.length);
  const lines = await inWork.allInnerTexts();
  expect(lines.map((line) => Number(/(\d+)\s?%/.exec(line)?.[1]))).toEqual(
    blocks.map((block) => block.taux_en_emploi_6_mois),
  );
  await expect(widget.getByRole('heading', { name: 'School route' })).toBeVisible();
  await expect(widget.getByRole('heading', { name: 'Apprenticeship' })).toBeVisible();
  // The partner's colours came along through its stylesheet.
  expect(
    await widget.evaluate((card) => getComputedStyle(card).getPropertyValue('--ij-color-accent')),
  ).toBe(PARTNER_ACCENT);
  await expectAccessible(blank, 'page vierge avec le code copié dans l’atelier');
});
