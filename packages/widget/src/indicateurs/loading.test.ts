import type { Affichage, Audience } from '@inserjeunes/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { affichage, block, lyceeAffichage, superieurAffichage } from '../testing/fixtures.js';
import { mount, recordDraws, shadow, textOf } from '../testing/mount.js';
import { later, stubApi } from '../testing/stub-api.js';
import { WIDGET_VERSION } from '../version.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const TYPICAL: Record<Audience, [string, () => Affichage]> = {
  '3eme': ['40025214', () => affichage()],
  lycee: ['32031213', () => lyceeAffichage()],
  superieur: ['2400074', () => superieurAffichage()],
};

describe.each(['3eme', 'lycee', 'superieur'] as const)('loading the %s variant', (audience) => {
  it.each([320, 800])(
    'reserves the final height at %i px: nothing below the widget moves',
    async (width) => {
      const [code, answer] = TYPICAL[audience];
      const { reply, release } = later();
      stubApi(() => reply);
      const column = document.createElement('div');
      column.style.width = `${width}px`;
      column.style.fontFamily = 'sans-serif';
      const below = document.createElement('p');
      below.textContent = 'Texte de la page sous le widget';
      document.body.append(column);
      const element = await mount({ code, audience }, column, 'render');
      column.append(below);
      const before = {
        height: element.getBoundingClientRect().height,
        below: below.getBoundingClientRect().top,
      };
      expect(before.height).toBeGreaterThan(200);

      release({ status: 200, body: answer() });
      await element.dataComplete;
      await element.chartsComplete;
      expect(shadow(element).querySelector('[part~="value"]')).not.toBeNull();
      expect(element.getBoundingClientRect().height).toBe(before.height);
      expect(below.getBoundingClientRect().top).toBe(before.below);
    },
  );
});

describe('requests', () => {
  it('asks the one route with every attribute, the audience and the widget version', async () => {
    const { calls } = stubApi(() => ({ status: 200, body: affichage() }));
    await mount({
      code: '40025214, 50022141',
      uai: '0010001W',
      region: '35000',
      millesime: '2022_2023',
      voie: 'scolaire',
      api: 'https://indicateurs.example/base/',
    });
    expect(calls).toHaveLength(1);
    const url = calls[0];
    expect(url?.origin + (url?.pathname ?? '')).toBe(
      'https://indicateurs.example/base/api/inserjeunes/affichage/40025214,50022141',
    );
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      uai: '0010001W',
      region: '35000',
      millesime: '2022_2023',
      voie: 'scolaire',
      audience: '3eme',
      widget: WIDGET_VERSION,
    });
  });

  it('infers the audience from the code before the answer (SISE → superieur, BTS → lycee)', async () => {
    const { calls } = stubApi(() => ({ status: 200, body: superieurAffichage() }));
    await mount({ code: 'SISE:2400074' });
    await mount({ code: '32031213' });
    expect(calls.map((url) => url.searchParams.get('audience'))).toEqual(['superieur', 'lycee']);
  });

  it('refetches when an attribute changes, abandoning the stale request', async () => {
    const pending = later();
    const { calls, aborted } = stubApi((url) =>
      url.searchParams.get('region') === '53'
        ? pending.reply
        : { status: 200, body: affichage({ region: { code: '11', libelle: 'Île-de-France' } }) },
    );
    const element = await mount({ code: '40025214', region: '53' }, document.body, 'render');
    element.setAttribute('region', '11');
    await element.dataComplete;
    pending.release({ status: 200, body: affichage() });
    await element.updateComplete;
    expect(calls.map((url) => url.searchParams.get('region'))).toEqual(['53', '11']);
    expect(aborted.map((url) => url.searchParams.get('region'))).toEqual(['53']);
    expect(textOf(element)).toContain('Chiffres de la région Île-de-France');
  });

  it('abandons its request when taken out of the page, and asks again when put back', async () => {
    const pending = later();
    let first = true;
    const { calls, aborted } = stubApi(() => {
      if (!first) return { status: 200, body: affichage() };
      first = false;
      return pending.reply;
    });
    const element = await mount({ code: '40025214' }, document.body, 'render');
    element.remove();
    expect(aborted).toHaveLength(1);
    document.body.append(element);
    await element.dataComplete;
    expect(calls).toHaveLength(2);
    expect(textOf(element)).toContain('élèves sur 10');
  });

  it('asks once, with every attribute, when a script inserts the element and then completes it', async () => {
    const { calls, aborted } = stubApi(() => ({ status: 200, body: affichage() }));
    const element = document.createElement('inserjeunes-indicateurs');
    element.setAttribute('code', '40025214');
    element.setAttribute('api', 'https://api.test');
    document.body.append(element);
    element.setAttribute('region', '53');
    await element.dataComplete;
    expect(calls.map((url) => url.searchParams.get('region'))).toEqual(['53']);
    expect(aborted).toEqual([]);
  });

  it('does not ask the API when the code is missing or malformed, and warns the integrator', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { calls } = stubApi(() => ({ status: 200, body: affichage() }));
    const missing = await mount({});
    const malformed = await mount({ code: 'CAP-cuisine' });
    expect(calls).toHaveLength(0);
    expect(textOf(missing)).toBe('Chiffres indisponibles pour cette formation.');
    expect(textOf(malformed)).toBe('Chiffres indisponibles pour cette formation.');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[1]?.[0])).toContain('CAP-cuisine');
  });
});

describe('labels from the API are text, never markup', () => {
  it('renders a label holding markup as the characters it is', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    stubApi(() => ({
      status: 200,
      body: affichage({
        libelle: attack,
        region: { code: '53', libelle: attack },
        filieres: [block('scolaire', { libelle: attack })],
      }),
    }));
    const element = await mount({ code: '40025214' });
    expect(shadow(element).querySelector('img')).toBeNull();
    expect(textOf(element)).toContain(attack);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('a quick answer', () => {
  it('is drawn at once, with no loading state flashing before it', async () => {
    stubApi(() => ({ status: 200, body: affichage() }));
    await mount({ code: '40025214' }); // the validation code is loaded from now on
    // The next frame is made to come well after the stubbed answer, as it does on any
    // machine that is not overloaded: the point is what the widget does in that case.
    const frame = window.requestAnimationFrame;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) =>
      window.setTimeout(() => frame(callback), 250),
    );
    const drawn = recordDraws();
    const element = await mount({ code: '40025214' });
    expect(shadow(element).querySelector('[part~="value"]')).not.toBeNull();
    expect(drawn).not.toContain('loading');
  });
});

describe('room reserved', () => {
  it('is measured afresh when other figures are asked for', async () => {
    stubApi((url) => ({
      status: 200,
      body: url.pathname.includes('32031213') ? lyceeAffichage() : affichage(),
    }));
    const column = document.createElement('div');
    column.style.width = '320px';
    document.body.append(column);
    const element = await mount({ code: '32031213', audience: 'lycee' }, column);
    const lycee = element.getBoundingClientRect().height;
    element.setAttribute('code', '40025214');
    element.setAttribute('audience', '3eme');
    await element.dataComplete;
    expect(element.getBoundingClientRect().height).toBeLessThan(lycee - 100);
  });
});
