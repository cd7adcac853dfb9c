import { expect, type Page, test } from '@playwright/test';
import { affichageRates } from '../support/affichage-figures.js';
import { affichagePath, demoCase, widgetAttributes } from '../support/demo-cases.js';
import { expectHeadlineShown } from '../support/expect-headline-shown.js';
import { productOrigin } from '../support/origins.js';
import { partnerPage } from '../support/partner-page.js';
import { standaloneApi } from '../support/standalone-api.js';
import { WIDGET_TEXT } from '../support/widget-texts.js';
import { widgetsSettled } from '../support/widgets-settled.js';

const TITLE = 'Que font les élèves après cette formation ?';

/** A partner page with one widget, the script served by the product. */
function pageWith(name: string, element: string): string {
  return partnerPage(
    name,
    `<main>
  <h1>Nos formations</h1>
  <script type="module" src="${productOrigin()}/widget/v1/inserjeunes-indicateurs.js"></script>
  ${element}
</main>`,
  );
}

/** What the page writes to the console as warnings, for the integrator. */
function consoleWarnings(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') seen.push(message.text());
  });
  return seen;
}

test('the API stopped: the error state offers to retry, and retrying after a restart shows the figures', async ({
  page,
}) => {
  // A demo load and two server starts on a 2-core machine.
  test.setTimeout(120_000);
  const example = demoCase('donnees-fictives-cap-electricien');
  // Not the main server: stopping it would take the other journeys' server away, and
  // restarting it through `pnpm start` rebuilds the widget and the gallery first (about
  // 15 s on 2 busy cores, against 4 s for the server alone). So this API runs the start
  // command's last steps directly (demo data into its own empty PGlite folder, since PGlite
  // serves one process at a time, then the server), and is stopped and started again on
  // the same folder and port. The widget's script still comes from the product, as a
  // partner's page loads it; its `api` attribute points at this server.
  const api = standaloneApi();
  try {
    await api.start();
    expect((await fetch(`${api.origin}/api/healthz`)).status).toBe(200);
    await api.stop();

    await page.goto(
      pageWith(
        'api-arretee',
        `<inserjeunes-indicateurs ${widgetAttributes(example)} api="${api.origin}"></inserjeunes-indicateurs>`,
      ),
    );
    const widget = page.getByRole('region', { name: TITLE });
    await expect(widget.getByRole('alert')).toContainText(WIDGET_TEXT.error);
    const retry = widget.getByRole('button', { name: 'Réessayer' });
    await expect(retry).toBeVisible();

    await api.start();
    await retry.click();
    await expect(widget.getByRole('alert')).toHaveCount(0);
    await expect(widget.getByRole('tab')).toHaveCount(2);
    const answer = await fetch(`${api.origin}${affichagePath(example)}`);
    const first = affichageRates(await answer.json())[0];
    if (first === undefined) throw new Error('aucun bloc dans la réponse');
    await expectHeadlineShown(widget, 'fr', first);
  } finally {
    await api.dispose();
  }
});

test('an unknown code: one discreet line for the reader, a warning for the integrator', async ({
  page,
}) => {
  const example = demoCase('code-inconnu');
  const seen = consoleWarnings(page);
  await page.goto(
    pageWith(
      'code-inconnu',
      `<inserjeunes-indicateurs code="${example.code}"></inserjeunes-indicateurs>`,
    ),
  );
  await expect(page.getByText(WIDGET_TEXT.unknown)).toBeVisible();
  await expect(page.getByRole('region', { name: TITLE })).toHaveCount(0);
  await expect.poll(() => seen.join('\n')).toContain(example.code);
  expect(seen.join('\n')).toContain('code_inconnu');
});

test('a formation under the threshold: no figure, and why, said kindly', async ({
  page,
  request,
}) => {
  const example = demoCase('masque-partout-cap-moules-vieux-port');
  const answer: unknown = await (await request.get(affichagePath(example))).json();
  expect(answer).toMatchObject({
    scope: 'formation',
    filieres: [{ masquage: { raison: 'effectif_insuffisant', seuil: 20 } }],
  });
  await page.goto(
    pageWith(
      'sous-le-seuil',
      `<inserjeunes-indicateurs ${widgetAttributes(example)}></inserjeunes-indicateurs>`,
    ),
  );
  const widget = page.getByRole('region', { name: TITLE });
  await widgetsSettled(page, 1);
  await expect(widget.getByText('Moins de 20 élèves ont suivi cette formation')).toBeVisible();
  await expect(widget.getByText('Cela ne dit rien de sa qualité.')).toBeVisible();
  await expect(widget.getByText(/\d\s?%/)).toHaveCount(0);
  await expect(widget.getByText(/sur 10/)).toHaveCount(0);
});

test('the establishment’s figures are not published: the region’s, with a notice', async ({
  page,
  request,
}) => {
  const example = demoCase('repli-region-agora-plaine');
  const region = example.region_libelle ?? '';
  const answer: unknown = await (await request.get(affichagePath(example))).json();
  expect(answer).toMatchObject({
    scope: 'regional',
    repli: [{ scope: 'formation', raison: 'non_publie' }],
    region: { libelle: region },
  });
  await page.goto(
    pageWith(
      'repli-region',
      `<inserjeunes-indicateurs ${widgetAttributes(example)}></inserjeunes-indicateurs>`,
    ),
  );
  const widget = page.getByRole('region', { name: TITLE });
  await expect(
    widget.getByText(
      `Les chiffres de cet établissement ne sont pas publiés. Voici ceux de la région ${region}.`,
    ),
  ).toBeVisible();
  await expect(widget.getByText(`Chiffres de la région ${region}`, { exact: true })).toBeVisible();
  const first = affichageRates(answer)[0];
  if (first === undefined) throw new Error('aucun bloc dans la réponse');
  await expectHeadlineShown(widget, 'fr', first);
});

test('too few students in the establishment: the region’s figures, with a notice', async ({
  page,
}) => {
  const example = demoCase('masque-repli-region-bac-pro-mcv-beffrois');
  const region = example.region_libelle ?? '';
  await page.goto(
    pageWith(
      'trop-peu-repli-region',
      `<inserjeunes-indicateurs ${widgetAttributes(example)}></inserjeunes-indicateurs>`,
    ),
  );
  const widget = page.getByRole('region', { name: TITLE });
  await expect(
    widget.getByText(
      `Trop peu de jeunes dans cet établissement pour publier ses propres chiffres. Voici ceux de la région ${region}.`,
    ),
  ).toBeVisible();
  await expect(widget.getByText(`Chiffres de la région ${region}`, { exact: true })).toBeVisible();
});
