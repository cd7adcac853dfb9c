import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, shadow } from '../testing/mount.js';
import { AUDIENCE_CODES, scenarioReply } from '../testing/scenarios.js';
import { stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const levels = (element: Element) =>
  [...shadow(element).querySelectorAll('[role="heading"]')].map((h) => [
    h.getAttribute('aria-level'),
    h.textContent?.replace(/\s+/g, ' ').trim().slice(0, 30),
  ]);

describe('headings', () => {
  it('titles the widget at level 2, and its sections below it', async () => {
    stubApi(() => scenarioReply('lycee', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES.lycee });
    const found = levels(element);
    expect(found[0]).toEqual(['2', 'Que deviennent les élèves aprè']);
    expect(found.slice(1).every(([level]) => Number(level) > 2)).toBe(true);
    const card = shadow(element).querySelector('[part~="base"]');
    expect(card?.getAttribute('aria-labelledby')).toBe('title subtitle');
  });

  it('keeps the (i) buttons out of the headings’ names', async () => {
    stubApi(() => scenarioReply('lycee', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES.lycee });
    const headings = [...shadow(element).querySelectorAll('[role="heading"]')];
    expect(headings.length).toBeGreaterThan(2);
    for (const heading of headings) expect(heading.querySelector('button')).toBeNull();
  });

  it('names each widget of a page after its training, so their regions differ', async () => {
    stubApi((url) =>
      scenarioReply(url.pathname.includes(AUDIENCE_CODES.lycee) ? 'lycee' : '3eme', 'figures'),
    );
    const names = [];
    for (const code of [AUDIENCE_CODES['3eme'], AUDIENCE_CODES.lycee]) {
      const element = await mount({ code, audience: '3eme' });
      const card = shadow(element).querySelector('[part~="base"]');
      const ids = (card?.getAttribute('aria-labelledby') ?? '').split(' ');
      names.push(
        ids.map((id) => shadow(element).getElementById(id)?.textContent?.trim()).join(' '),
      );
    }
    expect(names[0]).not.toBe(names[1]);
  });

  it('follows heading-level so the widget fits the page’s outline', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES['3eme'], 'heading-level': '4' });
    expect(levels(element)[0]?.[0]).toBe('4');
  });

  it('no-title hides the heading, and the card keeps it as its accessible name', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES['3eme'], 'no-title': true });
    expect(shadow(element).querySelector('[part~="title"]')).toBeNull();
    const card = shadow(element).querySelector('[part~="base"]');
    expect(card?.getAttribute('aria-label')).toMatch(
      /^Que font les élèves après cette formation \? – \S/,
    );
  });
});

describe('api', () => {
  it('asks the origin that served the script when no api is given', async () => {
    const { calls } = stubApi(() => scenarioReply('3eme', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES['3eme'], api: false });
    expect(calls[0]?.origin).toBe(new URL(import.meta.url).origin);
    expect(shadow(element).querySelector('[part~="link"]')?.getAttribute('href')).toBe(
      `${new URL(import.meta.url).origin}/donnees/lecteur`,
    );
  });
});
