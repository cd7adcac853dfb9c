import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, shadow } from '../testing/mount.js';
import { AUDIENCE_CODES, scenarioReply } from '../testing/scenarios.js';
import { type Answer, later, stubApi } from '../testing/stub-api.js';
import { explanationsLoaded } from './load-explanations.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

// Each test file runs in a fresh page: the explanations' chunk is not loaded yet here.
describe('the explanations, a chunk of their own', () => {
  it('load once the figures are drawn, and an explanation opened before shows its text at once', async () => {
    const { reply, release } = later();
    stubApi(() => reply);
    const element = await mount({ code: AUDIENCE_CODES.lycee }, document.body, 'render');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Nothing competes with the API's answer while the widget waits for it.
    expect(explanationsLoaded()).toBe(false);

    // The reader opens an explanation in the very task the figures appear.
    const opened = new Promise<HTMLElement | null>((resolve) => {
      element.addEventListener('inserjeunes-load', () => {
        const button = shadow(element).querySelector<HTMLButtonElement>('button.info');
        expect(explanationsLoaded()).toBe(false);
        button?.click();
        resolve(button);
      });
    });
    release(scenarioReply('lycee', 'figures') as Answer);
    const button = await opened;
    await element.updateComplete;
    const panel = shadow(element).getElementById(button?.getAttribute('aria-controls') ?? '');
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    expect(panel?.textContent).toContain('Le travail indépendant (auto-entreprise…)');
    expect(explanationsLoaded()).toBe(true);
  });
});
