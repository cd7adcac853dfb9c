import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GALLERY_PAGES } from './layout/gallery-pages.js';
import { ETATS_MATRICE } from './matrice/etats-matrice.js';
import {
  axeViolations,
  CHROMIUM,
  describeViolations,
  widgetsSettled,
} from './testing/browser-checks.js';
import { type GalleryServer, startGalleryServer } from './testing/start-gallery-server.js';

let server: GalleryServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startGalleryServer();
  browser = await chromium.launch(CHROMIUM);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a page and collects what would show a broken page: uncaught errors, CSP refusals. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`exception : ${error.message}`));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      problems.push(`${message.location().url} : ${message.text()}`);
    }
  });
  await page.goto(`${server.origin}${path}`);
  return { page, problems };
}

/** What has to be on screen before a page is judged. */
async function ready(page: Page, path: string): Promise<void> {
  await page.waitForLoadState('load');
  if (path === '/matrice') {
    await page.waitForFunction(
      () => !document.querySelector('#source-exemples')?.textContent?.includes('Recherche'),
    );
    await widgetsSettled(page, 'section[aria-labelledby="etat-chargement"]');
  } else if (path.startsWith('/partenaires/')) {
    await page.waitForFunction(() => document.querySelector('template[data-exemple]') === null);
    await widgetsSettled(page);
    for (const frame of page.frames().slice(1)) {
      // Polled by interval, not by animation frame: Chromium may not run animation frames in an
      // iframe of another origin that is off screen, and the check would then never run again.
      await frame.waitForFunction(
        () =>
          document.querySelector('inserjeunes-indicateurs')?.shadowRoot?.querySelector('footer') !=
          null,
        undefined,
        { polling: 100 },
      );
    }
  } else if (path === '/' || path === '/atelier') {
    await page.locator('inserjeunes-indicateurs').first().waitFor();
    await widgetsSettled(page);
  } else if (path === '/statistiques') {
    await page.locator('#stats-statut').waitFor({ state: 'hidden' });
  }
}

describe('every gallery page in Chromium', () => {
  it.each(GALLERY_PAGES.map((page) => [page.path]))(
    '%s passes axe (WCAG 2.1 AA), without errors',
    async (path) => {
      const { page, problems } = await open(path);
      await ready(page, path);
      // Judged before axe runs: axe adds styles of its own, which a strict CSP refuses.
      expect(problems).toEqual([]);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      for (const frame of page.frames().slice(1)) {
        const inFrame = await axeViolations(frame);
        expect(inFrame, `${frame.url()}\n${describeViolations(inFrame)}`).toEqual([]);
      }
      await page.close();
    },
  );

  it('starts every page with a skip link to its main content', async () => {
    const { page } = await open('/donnees');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect.poll(() => skip.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page.close();
  });
});

describe('the matrix', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open('/matrice'));
    await ready(page, '/matrice');
  });
  afterAll(() => page.close());

  it('shows every state for every audience and language, each tile labelled', async () => {
    const headings = await page.locator('.tile h3').allTextContents();
    expect(headings).toHaveLength(ETATS_MATRICE.length * 3 * 2);
    expect(headings).toContain('Repli sur la région — Lycée — anglais');
    const tile = page.locator('.tile', { hasText: 'Repli sur la région — 3ème — français' });
    await expect
      .poll(() => tile.locator('dl').textContent())
      .toMatch(/Demandé\s*établissement \d{7}[A-Z]/);
    await expect
      .poll(() => tile.locator('dl').textContent())
      .toMatch(/Affiché\s*chiffres de la région/);
  });

  it('says the examples are demo data', async () => {
    await expect
      .poll(() => page.locator('#source-exemples').textContent())
      .toContain('Exemples de démonstration');
  });

  it('shows the widget’s own words for the unknown code and the failing API', async () => {
    const unknown = page.locator('.tile', { hasText: 'Code inconnu — 3ème — français' });
    await expect
      .poll(() => unknown.getByText('Chiffres indisponibles pour cette formation.').count())
      .toBe(1);
    const failing = page.locator('.tile', { hasText: 'Erreur réseau — Lycée — anglais' });
    await expect.poll(() => failing.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  });

  it('replays the simulated slow answer on demand, then shows the figures', async () => {
    const loading = page.locator('.tile', { hasText: 'Chargement — Supérieur — français' });
    await loading.getByRole('button', { name: /Rejouer le chargement/ }).click({ timeout: 15_000 });
    const widget = loading.locator('inserjeunes-indicateurs');
    await expect.poll(() => widget.locator('[aria-busy="true"]').count()).toBe(1);
    await expect
      .poll(() => widget.getByText('Chiffres nationaux').count(), { timeout: 40_000 })
      .toBeGreaterThan(0);
    expect(await widget.locator('[aria-busy="true"]').count()).toBe(0);
  }, 90_000);

  it('passes axe in every theme', async () => {
    for (const theme of ['Jetons de l’État', 'Sombre', 'Couleurs d’un partenaire']) {
      await page.getByRole('radio', { name: theme }).check();
      const violations = await axeViolations(page);
      expect(violations, `${theme}\n${describeViolations(violations)}`).toEqual([]);
    }
    await expect
      .poll(() => page.locator('#matrice').getAttribute('class'))
      .toContain('theme-partenaire');
  }, 120_000);

  it('keeps only the audiences, languages and states asked for', async () => {
    await page.getByRole('checkbox', { name: 'Anglais', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Supérieur', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Chargement', exact: true }).uncheck();
    const headings = await page.locator('.tile h3').allTextContents();
    expect(headings).toHaveLength((ETATS_MATRICE.length - 1) * 2);
    expect(headings.every((heading) => heading.endsWith('français'))).toBe(true);
  });
});

describe('the playground, by keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open('/atelier'));
    await ready(page, '/atelier');
  });
  afterAll(() => page.close());

  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(test: string, max = 80): Promise<void> {
    for (let step = 0; step < max; step += 1) {
      await page.keyboard.press('Tab');
      const found = await page.evaluate(
        (selector) => document.activeElement?.matches(selector) === true,
        test,
      );
      if (found) return;
    }
    throw new Error(`« ${test} » jamais atteint au clavier`);
  }

  const widget = () => page.locator('#apercu inserjeunes-indicateurs');

  it('finds a diploma by its label and picks it', async () => {
    await tabTo('#recherche');
    await page.keyboard.type('cuisine bac');
    await expect
      .poll(() => page.locator('#resultats-statut').textContent())
      .toMatch(/diplômes? trouvés?/);
    await tabTo('#resultats button');
    const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(label).toContain('CUISINE');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#code').inputValue()).toBe('40022106');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
    await expect.poll(() => widget().getAttribute('code')).toBe('40022106');
    expect(new URL(page.url()).searchParams.get('code')).toBe('40022106');
  });

  it('changes audience, language, theme and width, and the URL keeps them', async () => {
    await tabTo('input[name="audience"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => widget().getAttribute('audience')).toBe('3eme');
    await tabTo('input[name="lang"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => widget().getAttribute('lang')).toBe('en');
    await expect
      .poll(() =>
        widget()
          .getByText(/(pupils|students|apprentices?) in 10/)
          .count(),
      )
      .toBeGreaterThan(0);
    await tabTo('input[name="theme"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator('#apercu').getAttribute('class'))
      .toBe('preview theme-sombre');
    await tabTo('#largeur');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('#largeur-valeur').textContent()).toBe('280 px');
    expect(
      await page.locator('#apercu').evaluate((element) => element.getBoundingClientRect().width),
    ).toBe(280);
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      code: '40022106',
      audience: '3eme',
      lang: 'en',
      theme: 'sombre',
      largeur: '280',
    });
  });

  it('shows what is wrong with a code, next to the field', async () => {
    await page.locator('#uai').fill('0010001A');
    await expect
      .poll(() => page.locator('#uai-message').textContent())
      .toBe('UAI invalide : la lettre de contrôle de 0010001A devrait être W.');
    expect(await page.locator('#uai').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#uai').fill('');
  });

  it('copies the script snippet, which works pasted into a blank page', async () => {
    await page.locator('#code').focus();
    await tabTo('button[data-copy="snippet-script"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#copie-statut').textContent())
      .toBe('Le code de la balise script est copié dans le presse-papiers.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#snippet-script').textContent());
    expect(copied).toContain(`src="${server.origin}/widget/v1/inserjeunes-indicateurs.js"`);

    const blank = await context.newPage();
    await blank.setContent(
      `<!doctype html><html lang="en"><body><main>${copied}</main></body></html>`,
    );
    await expect
      .poll(
        () =>
          blank
            .locator('inserjeunes-indicateurs')
            .getByText(/(pupils|students|apprentices?) in 10/)
            .count(),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    await blank.close();
  });

  it('keeps a code typed while the examples are still loading', async () => {
    const early = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await early.route('**/api/galerie/exemples*', async (route) => {
      await held;
      await route.continue();
    });
    await early.goto(`${server.origin}/atelier`);
    await early.getByLabel('Code du diplôme').fill('32031213');
    release();
    await expect
      .poll(() => early.getByRole('button', { name: /./ }).filter({ hasText: 'Chiffres' }).count())
      .toBeGreaterThan(0);
    expect(await early.getByLabel('Code du diplôme').inputValue()).toBe('32031213');
    await early.close();
  });

  it('opens a shared link with the same configuration', async () => {
    const shared = await context.newPage();
    await shared.goto(
      `${server.origin}/atelier?code=2400074&lang=en&theme=etat&largeur=640&integration=iframe`,
    );
    await expect.poll(() => shared.locator('#code').inputValue()).toBe('2400074');
    expect(await shared.getByRole('radio', { name: 'Anglais' }).isChecked()).toBe(true);
    // The state theme reaches the frame as the embed page's own look.
    const frame = shared.locator('#apercu iframe');
    await expect
      .poll(() => frame.getAttribute('src'))
      .toBe(`${server.origin}/embed?code=2400074&lang=en&theme=dsfr`);
    expect(await frame.getAttribute('title')).toBe(
      'What became of former students of this training',
    );
    await shared.close();
  });
});

describe('the statistics', () => {
  it('draws the data coverage and the usage, with their numbers in tables', async () => {
    // Usage is written in batches: wait until the calls made above are counted.
    await expect
      .poll(
        async () => {
          const response = await fetch(`${server.origin}/api/inserjeunes/stats`);
          const body = (await response.json()) as { usage: unknown[] };
          return body.usage.length;
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    const { page, problems } = await open('/statistiques');
    await ready(page, '/statistiques');
    const canvases = page.locator('canvas[role="img"]');
    expect(await canvases.count()).toBeGreaterThanOrEqual(3);
    const drawn = await canvases.first().evaluate((canvas) => {
      const context2d = (canvas as HTMLCanvasElement).getContext('2d');
      const { width, height } = canvas as HTMLCanvasElement;
      const pixels = context2d?.getImageData(0, 0, width, height).data ?? new Uint8ClampedArray();
      return pixels.some((value, index) => index % 4 === 3 && value > 0);
    });
    expect(drawn).toBe(true);
    await page.getByText('Les chiffres en tableau').first().click();
    const firstTable = page.locator('details table').first();
    expect(await firstTable.locator('tbody tr').count()).toBeGreaterThan(0);
    const perDay = page.locator('table', {
      has: page.locator('caption', { hasText: 'par jour et par partenaire' }),
    });
    expect(await perDay.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the coverage tool', () => {
  it('reports on a catalogue and offers the report as CSV', async () => {
    const { page } = await open('/couverture');
    const catalogue = 'cfd;uai\n40022106;\n99999999;\n40022106;0000000X\n';
    await page.getByLabel('Catalogue (CSV)').setInputFiles({
      name: 'catalogue.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(catalogue),
    });
    await page.getByRole('button', { name: 'Analyser le catalogue' }).click();
    await expect
      .poll(() => page.locator('#couverture-statut').textContent())
      .toBe('Analyse terminée : 3 lignes.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rapport-titre');
    const totals = page.getByRole('table', { name: 'Totaux' });
    expect(await totals.locator('tfoot td').first().textContent()).toBe('3');
    expect(
      await page
        .getByRole('table', { name: 'Résultat ligne par ligne' })
        .locator('tbody tr')
        .count(),
    ).toBe(3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le rapport (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('couverture-catalogue.csv');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFFligne;code;uai;region;statut;raison')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(4);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
