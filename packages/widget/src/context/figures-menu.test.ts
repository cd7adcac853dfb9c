import { type Affichage, isFiliere } from '@inserjeunes/contract';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { affichage, block, superieurAffichage } from '../testing/fixtures.js';
import { mount, shadow } from '../testing/mount.js';
import { stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function show(body: Affichage, code: string, lang: 'fr' | 'en') {
  stubApi(() => ({ status: 200, body }));
  const element = await mount({ code, lang });
  await element.chartsComplete;
  await element.updateComplete;
  const menu = shadow(element).querySelector('details.menu');
  if (!(menu instanceof HTMLDetailsElement)) throw new Error('no menu');
  menu.open = true;
  return { element, menu };
}

const links = (menu: Element) =>
  [...menu.querySelectorAll('a')].map((a) => ({ text: a.textContent?.trim(), href: a.href }));

describe('the menu under the figures', () => {
  it('downloads the same figures as CSV, cites them and reports an error to the configured address', async () => {
    const { element, menu } = await show(
      affichage({ signalement: 'donnees@example.org' }),
      '40025214',
      'fr',
    );
    expect(menu.querySelector('summary')?.textContent?.trim()).toBe('Télécharger, citer, signaler');
    const [csv, report] = links(menu);
    expect(csv).toEqual({
      text: 'Télécharger les chiffres (CSV)',
      href: 'https://api.test/api/inserjeunes/affichage/40025214.csv?region=53&millesime=2022_2023',
    });
    expect(report?.text).toBe('Signaler une erreur');
    expect(report?.href).toMatch(
      /^mailto:donnees@example\.org\?subject=Erreur%20dans%20les%20chiffres/,
    );
    expect(menu.querySelector('.cite')?.textContent).toMatch(
      /^Source : InserJeunes, DEPP-DARES, promotions 2022–2023, consulté le \d{1,2} \S+ \d{4}$/,
    );
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('downloads the filière the widget asked for: its voie goes from the attribute to the request and the link', async () => {
    // Answers as the API does: only the block of the voie asked for, and that voie said.
    const { calls } = stubApi((url) => {
      const voie = url.searchParams.get('voie');
      if (voie === null || !isFiliere(voie)) return { status: 200, body: affichage() };
      return { status: 200, body: affichage({ voie, filieres: [block(voie)] }) };
    });
    const element = await mount({ code: '40025214', voie: 'apprentissage', lang: 'fr' });
    await element.chartsComplete;
    await element.updateComplete;
    expect(calls.map((url) => url.searchParams.get('voie'))).toEqual(['apprentissage']);
    const menu = shadow(element).querySelector('details.menu');
    if (menu === null) throw new Error('no menu');
    expect(links(menu)[0]?.href).toBe(
      'https://api.test/api/inserjeunes/affichage/40025214.csv?region=53&millesime=2022_2023&voie=apprentissage',
    );
  });

  it('in English, names InserSup for higher education, and offers no report link without an address', async () => {
    const { element, menu } = await show(superieurAffichage(), '2400074', 'en');
    expect(menu.querySelector('summary')?.textContent?.trim()).toBe('Download, cite, report');
    expect(links(menu).map((link) => link.text)).toEqual(['Download the figures (CSV)']);
    expect(menu.querySelector('button.copy')?.textContent?.trim()).toBe('Copy the link');
    expect(menu.querySelector('.cite')?.textContent).toMatch(
      /^Source: InserSup, SIES, classes of 2022–2023, accessed on \d{1,2} \S+ \d{4}$/,
    );
    const result = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
