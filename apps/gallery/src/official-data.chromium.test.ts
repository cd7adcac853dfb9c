import { existsSync } from 'node:fs';
import { ExemplesGalerie } from '@inserjeunes/contract';
import { sharedDataDir } from '@inserjeunes/db/testing';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ETATS_MATRICE } from './matrice/etats-matrice.js';
import {
  axeViolations,
  CHROMIUM,
  describeViolations,
  widgetsSettled,
} from './testing/browser-checks.js';
import { type GalleryServer, startGalleryServer } from './testing/start-gallery-server.js';

const SHARED = sharedDataDir();
const present = existsSync(SHARED);
if (!present)
  console.warn(`${SHARED} absent : la galerie n’est pas vérifiée sur les fichiers officiels.`);

describe.runIf(present)('the gallery on the official files', () => {
  let server: GalleryServer;
  let browser: Browser;
  let answer: ExemplesGalerie;

  beforeAll(async () => {
    server = await startGalleryServer({ files: [SHARED] });
    browser = await chromium.launch(CHROMIUM);
    const response = await fetch(`${server.origin}/api/galerie/exemples`);
    answer = ExemplesGalerie.parse(await response.json());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes its examples from the official figures, none fictitious', () => {
    expect(answer.donnees).toBe('officielles');
    expect(answer.exemples.every((exemple) => !exemple.fictif)).toBe(true);
    // The official samples hold every state but the ones a sample may lack.
    expect(answer.exemples.length).toBeGreaterThanOrEqual(10);
  });

  it('shows them in the matrix, says they are real, and passes axe', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/matrice`);
    await page.waitForFunction(
      () => !document.querySelector('#source-exemples')?.textContent?.includes('Recherche'),
    );
    expect(await page.locator('#source-exemples').textContent()).toContain('Exemples réels');
    const found = new Set(answer.exemples.map((exemple) => exemple.etat));
    const rows = ETATS_MATRICE.filter((etat) => found.has(etat.exemple));
    expect(await page.locator('.tile').count()).toBe(rows.length * 3 * 2);
    await widgetsSettled(page, 'section[aria-labelledby="etat-chargement"]');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
