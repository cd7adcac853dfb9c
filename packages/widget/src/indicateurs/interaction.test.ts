import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount, shadow } from '../testing/mount.js';
import { AUDIENCE_CODES, scenarioReply } from '../testing/scenarios.js';
import { stubApi } from '../testing/stub-api.js';
import type { InserjeunesIndicateurs } from './inserjeunes-indicateurs.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const focused = (element: InserjeunesIndicateurs) => shadow(element).activeElement;

describe('tabs (ARIA tabs pattern)', () => {
  it('moves between school route and apprenticeship with the arrow keys, Home and End', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES['3eme'] });
    const tabs = [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')];
    const panels = [...shadow(element).querySelectorAll<HTMLElement>('[role="tabpanel"]')];
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1]);
    expect(tabs[0]?.getAttribute('aria-controls')).toBe(panels[0]?.id);
    expect(panels[0]?.getAttribute('aria-labelledby')).toBe(tabs[0]?.id);

    tabs[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    expect(focused(element)).toBe(tabs[1]);
    expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
    expect(panels[1]?.hidden).toBe(false);
    expect(panels[0]?.hidden).toBe(true);

    await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    expect(focused(element)).toBe(tabs[0]);

    await userEvent.keyboard('{End}');
    await element.updateComplete;
    expect(focused(element)).toBe(tabs[1]);
    await userEvent.keyboard('{Home}');
    await element.updateComplete;
    expect(focused(element)).toBe(tabs[0]);
    await userEvent.keyboard('{ArrowLeft}');
    await element.updateComplete;
    expect(focused(element)).toBe(tabs[1]);
  });

  it('Tab leaves the tab list for the panel, not the other tab', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES['3eme'] });
    const tabs = [...shadow(element).querySelectorAll<HTMLElement>('[role="tab"]')];
    tabs[0]?.focus();
    await userEvent.tab();
    expect(focused(element)?.getAttribute('role')).toBe('tabpanel');
  });
});

describe('explanations on demand', () => {
  it('open and close with the keyboard, keep the focus on the button, and fire inserjeunes-info-open', async () => {
    stubApi(() => scenarioReply('lycee', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES.lycee });
    const opened = vi.fn();
    document.addEventListener('inserjeunes-info-open', opened);
    const button = shadow(element).querySelector<HTMLButtonElement>('button.info');
    if (button === null) throw new Error('no explanation button');
    const panel = shadow(element).getElementById(button.getAttribute('aria-controls') ?? '');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.hidden).toBe(true);
    expect(button.textContent).toContain('Que veut dire « En emploi » ?');

    button.focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    expect(panel?.textContent).toContain(
      'Le travail indépendant (auto-entreprise…) n’est pas compté ici',
    );
    expect(focused(element)).toBe(button);
    expect(opened).toHaveBeenCalledTimes(1);
    const event = opened.mock.calls[0]?.[0] as CustomEvent;
    expect(event.composed).toBe(true);
    expect(event.detail.id).toMatch(/emploi$/);

    await userEvent.keyboard(' ');
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.hidden).toBe(true);
    expect(opened).toHaveBeenCalledTimes(1);

    await userEvent.tab();
    expect(focused(element)).not.toBe(button);
    document.removeEventListener('inserjeunes-info-open', opened);
  });

  it('say what each outcome counts, true to the definitions', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES['3eme'] });
    const texts = [...shadow(element).querySelectorAll('[part~="explanation"]')].map(
      (p) => p.textContent ?? '',
    );
    expect(texts[0]).toMatch(/emploi salarié en France.*entreprise ou dans le public/);
    expect(texts[0]).toContain('à leur compte');
    expect(texts[1]).toMatch(/autre diplôme.*refont une année.*changent de formation/);
    expect(texts[2]).toMatch(/cherchent du travail.*à leur compte.*étranger/);
  });
});

describe('events', () => {
  it('inserjeunes-load tells the state, scope and millésime shown, and bubbles out of the shadow root', async () => {
    stubApi(() => scenarioReply('3eme', 'fallback'));
    const loaded = vi.fn();
    document.addEventListener('inserjeunes-load', loaded);
    await mount({ code: AUDIENCE_CODES['3eme'], uai: '0010001W' });
    document.removeEventListener('inserjeunes-load', loaded);
    expect(loaded).toHaveBeenCalledTimes(1);
    const event = loaded.mock.calls[0]?.[0] as CustomEvent;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toEqual({
      state: 'figures',
      scope: 'regional',
      millesime: '2022_2023',
      audience: '3eme',
      lang: 'fr',
      fallback: true,
      closed: false,
      demo: false,
    });
  });

  it('inserjeunes-error tells why the figures cannot be shown', async () => {
    stubApi(() => 'network-error');
    const failed = vi.fn();
    document.addEventListener('inserjeunes-error', failed);
    await mount({ code: AUDIENCE_CODES.lycee });
    document.removeEventListener('inserjeunes-error', failed);
    expect(failed).toHaveBeenCalledTimes(1);
    expect((failed.mock.calls[0]?.[0] as CustomEvent | undefined)?.detail.code).toBe('reseau');
  });

  it('a re-render (opening an explanation) does not fire inserjeunes-load again', async () => {
    stubApi(() => scenarioReply('lycee', 'figures'));
    const loaded = vi.fn();
    document.addEventListener('inserjeunes-load', loaded);
    const element = await mount({ code: AUDIENCE_CODES.lycee });
    shadow(element).querySelector<HTMLButtonElement>('button.info')?.click();
    await element.updateComplete;
    document.removeEventListener('inserjeunes-load', loaded);
    expect(loaded).toHaveBeenCalledTimes(1);
  });
});
