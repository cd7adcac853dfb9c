import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { affichageRates } from '../support/affichage-figures.js';
import { affichagePath, demoCase } from '../support/demo-cases.js';
import { expectHeadlineShown } from '../support/expect-headline-shown.js';
import { productOrigin } from '../support/origins.js';
import { buildPackedWidgetApp } from '../support/packed-widget-app.js';
import { createStaticServer } from '../support/static-server.js';

const EXAMPLE = demoCase('deux-voies-cap-electricien-canuts');

test.describe('a partner installs the npm package into a blank Vite application', () => {
  // Packing, installing from the registry (or npm's cache) and two builds.
  test.describe.configure({ timeout: 300_000 });
  let folder = '';
  let server: Server | null = null;
  let origin = '';

  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'e2e-paquet-npm-'));
    const dist = buildPackedWidgetApp(folder);
    server = createStaticServer(dist);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  test('the production build draws the API’s figures, and a widget without `api` says so', async ({
    page,
    request,
  }) => {
    const answer = await request.get(affichagePath({ ...EXAMPLE, uai: null, region: null }));
    expect(answer.status()).toBe(200);
    const [first] = affichageRates(await answer.json());
    if (first === undefined)
      throw new Error('la démonstration n’a pas de chiffres pour cet exemple');

    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const query = new URLSearchParams({ api: productOrigin(), code: EXAMPLE.code });
    await page.goto(`${origin}/?${query}`);

    // `import '@inserjeunes/widget'` alone registered the element in the production build.
    const drawn = page.locator('#avec-api');
    await expect(drawn.getByRole('heading', { level: 2 })).toBeVisible();
    await expectHeadlineShown(drawn, 'fr', first);

    await expect(page.locator('#sans-api')).toContainText('Chiffres indisponibles');
    await expect.poll(() => warnings.join('\n')).toContain('attribut api absent');
    expect(errors).toEqual([]);
  });
});
