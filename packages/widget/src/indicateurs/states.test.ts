import type { Audience } from '@inserjeunes/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { affichage, block, lyceeAffichage } from '../testing/fixtures.js';
import { mount, shadow, textOf } from '../testing/mount.js';
import { AUDIENCE_CODES, type Scenario, scenarioReply } from '../testing/scenarios.js';
import { later, stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const AUDIENCES: readonly Audience[] = ['3eme', 'lycee', 'superieur'];
/** The states with nothing or little to show, and the tallest each may be (px) at each width. */
const COMPACT: readonly Scenario[] = ['withheld', 'no-data', 'unknown', 'error'];
const WIDTHS = [
  { width: 320, tallest: 480 },
  { width: 1000, tallest: 360 },
] as const;

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Adds up the layout shifts of the page from now on (the Layout Instability API). */
function watchLayoutShift(): { total: () => number; stop: () => void } {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  return {
    total: () => {
      for (const entry of observer.takeRecords() as LayoutShift[]) {
        if (!entry.hadRecentInput) total += entry.value;
      }
      return total;
    },
    stop: () => observer.disconnect(),
  };
}

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/**
 * A partner column at `width` px: the widget, then the page's text below it. The answer
 * comes once the loading state is drawn, as on any real network.
 */
async function settle(audience: Audience, scenario: Scenario, width: number) {
  const { reply, release } = later();
  stubApi(() => reply);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const column = document.createElement('div');
  column.style.cssText = `width: ${width}px; font-family: sans-serif; font-size: 16px`;
  document.body.append(column);
  const shifts = watchLayoutShift();
  const element = await mount({ code: AUDIENCE_CODES[audience], audience }, column, 'render');
  const below = document.createElement('p');
  below.textContent = 'La suite de la page du partenaire. '.repeat(200);
  column.append(below);
  await frames(2);
  const answer = scenarioReply(audience, scenario);
  release(
    answer === 'network-error'
      ? { status: 503, body: { error: { code: 'indisponible', message: 'Service indisponible' } } }
      : await answer,
  );
  await element.dataComplete;
  await element.chartsComplete;
  await frames(3);
  const shift = shifts.total();
  shifts.stop();
  warn.mockRestore();
  return { element, shift };
}

describe.each(AUDIENCES)('states of the %s variant', (audience) => {
  describe.each(WIDTHS)('at $width px', ({ width, tallest }) => {
    it.each(COMPACT)(
      '%s: a card as tall as its few lines, saying why, and the page does not move',
      async (scenario) => {
        const { element, shift } = await settle(audience, scenario, width);
        const card = shadow(element).querySelector('[part~="base"]');
        const height = card?.getBoundingClientRect().height ?? Number.POSITIVE_INFINITY;
        expect(height).toBeLessThanOrEqual(tallest);
        expect(textOf(element).length).toBeGreaterThan(20);
        expect(shift).toBeLessThanOrEqual(0.05);
      },
    );

    it.each(['figures', 'partial', 'fallback'] as const)(
      '%s: the page does not move when the figures arrive',
      async (scenario) => {
        const { element, shift } = await settle(audience, scenario, width);
        expect(shadow(element).querySelector('[part~="value"]')).not.toBeNull();
        expect(shift).toBeLessThanOrEqual(0.05);
      },
    );
  });

  it('says when the figures are measured: six months after the end of the training', async () => {
    stubApi(() => scenarioReply(audience, 'figures'));
    const element = await mount({ code: AUDIENCE_CODES[audience], audience });
    expect(textOf(element)).toContain('six mois après la fin de la formation');
  });
});

describe('after "Réessayer"', () => {
  it('the focus stays in the widget, on its card', async () => {
    let fail = true;
    stubApi(() => (fail ? 'network-error' : scenarioReply('3eme', 'figures')));
    const element = await mount({ code: AUDIENCE_CODES['3eme'] });
    const retry = shadow(element).querySelector<HTMLButtonElement>('button.retry');
    retry?.focus();
    fail = false;
    retry?.click();
    await element.dataComplete;
    expect(document.activeElement).toBe(element);
    expect(shadow(element).activeElement).toBe(shadow(element).querySelector('[part~="base"]'));
  });
});

describe('3eme: the people agree with the percentages', () => {
  it('25 / 25 / 50: as many people for both quarters, never 3 and 2', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({
        filieres: [
          block('scolaire', {
            taux_en_emploi_6_mois: 25,
            taux_en_formation: 25,
            taux_autres_6_mois: 50,
          }),
        ],
      }),
    }));
    const element = await mount({ code: '40025214' });
    const text = textOf(element);
    expect(text).toContain('2 à 3 élèves sur 10 travaillent (25 %)');
    expect(text).toContain('2 à 3 élèves sur 10 continuent leurs études (25 %)');
    expect(text).toContain('5 élèves sur 10 font autre chose (50 %)');
    expect(shadow(element).querySelectorAll('.person')).toHaveLength(10);
    expect(shadow(element).querySelectorAll('.person.shared')).toHaveLength(1);
  });

  it('speaks of students for a BTS, pupils for a bac pro, apprentices in apprenticeship', async () => {
    stubApi(() => ({
      status: 200,
      body: lyceeAffichage({
        filieres: [
          block('scolaire', {
            diplome: { code: '320', libelle: 'BTS' },
          }),
        ],
      }),
    }));
    const bts = await mount({ code: AUDIENCE_CODES.lycee, audience: '3eme' });
    expect(textOf(bts)).toContain('étudiants sur 10');
    expect(textOf(bts)).not.toContain('élèves sur 10');
  });
});

describe('notices', () => {
  const notices = (element: Element) =>
    [...shadow(element).querySelectorAll('.notice:not(.demo)')].map((node) =>
      (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );

  it('a closed diploma with the figures of the one replacing it: one sentence, not two that disagree', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({
        formation_fermee: true,
        filieres: [
          block('scolaire', {
            date_fermeture: '2023-08-31',
            donnee_source: { code: '40025410', type: 'nouvelle' },
            libelle: 'BAC PRO Cuisine (nouveau)',
          }),
        ],
      }),
    }));
    const element = await mount({ code: '40025214' });
    const shown = notices(element);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('n’est plus délivré depuis le 31 août 2023');
    expect(shown[0]).toContain('diplôme qui le remplace, « BAC PRO Cuisine (nouveau) »');
    expect(shown[0]).not.toContain('dernières promotions');
    expect(textOf(element)).not.toContain('40025410');
  });

  it('figures from the region and from the former diploma: the wider scope is said first, alone', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({
        repli: [{ scope: 'formation', raison: 'effectif_insuffisant' }],
        filieres: [block('scolaire', { donnee_source: { code: '40025410', type: 'ancienne' } })],
      }),
    }));
    const element = await mount({ code: '40025214', uai: '0010001W' });
    const shown = notices(element);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Voici ceux de la région Bretagne.');
  });
});

describe('3eme pictograms', () => {
  it.each([
    [1000, 48],
    [320, 20],
  ])(
    'at %i px: centred, each person at least %i px wide, the (i) beside its label',
    async (width, least) => {
      stubApi(() => scenarioReply('3eme', 'figures'));
      const column = document.createElement('div');
      column.style.cssText = `width: ${width}px; font-family: sans-serif; font-size: 16px`;
      document.body.append(column);
      const element = await mount({ code: AUDIENCE_CODES['3eme'] }, column);
      const people = shadow(element).querySelector('.people') as HTMLElement;
      const block = people.parentElement?.getBoundingClientRect();
      const persons = [...people.querySelectorAll('.person')].map((p) => p.getBoundingClientRect());
      const first = persons[0];
      const last = persons[persons.length - 1];
      if (block === undefined || first === undefined || last === undefined)
        throw new Error('no people');
      expect(Math.abs(first.left - block.left - (block.right - last.right))).toBeLessThan(2);
      for (const person of persons) expect(person.width).toBeGreaterThanOrEqual(least);
      for (const outcome of shadow(element).querySelectorAll('.outcome')) {
        const text = outcome.querySelector('.text')?.getBoundingClientRect();
        const button = outcome.querySelector('button.info')?.getBoundingClientRect();
        if (text === undefined || button === undefined) throw new Error('no outcome');
        if (Math.abs(button.top - text.top) < text.height) {
          expect(button.left - text.right).toBeLessThan(16);
        }
      }
    },
  );
});
