import type { Audience } from '@inserjeunes/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, shadow } from '../testing/mount.js';
import { AUDIENCE_CODES, scenarioReply } from '../testing/scenarios.js';
import { stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Everything the reader should see lies inside the card: nothing cut, nothing to scroll sideways. */
function overflowing(element: Element): string[] {
  const card = shadow(element).querySelector('.card') as HTMLElement;
  const box = card.getBoundingClientRect();
  const out = [...card.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.closest('.sr') && node.getClientRects().length > 0)
    .filter((node) => {
      const rect = node.getBoundingClientRect();
      return rect.width > 0 && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5);
    })
    .map((node) => `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}`);
  if (card.scrollWidth > card.clientWidth) out.push('card scrolls sideways');
  return out;
}

describe.each(['3eme', 'lycee', 'superieur'] as Audience[])(
  'layout of the %s variant',
  (audience) => {
    it.each([
      [280, 16],
      [1000, 16],
      // Text at 200 %: a mobile column with doubled text.
      [400, 32],
    ])('holds at %i px wide with %i px text', async (width, fontSize) => {
      stubApi(() => scenarioReply(audience, 'figures'));
      const column = document.createElement('div');
      column.style.cssText = `width: ${width}px; font-size: ${fontSize}px; font-family: sans-serif`;
      document.body.append(column);
      const element = await mount({ code: AUDIENCE_CODES[audience], audience }, column);
      await element.chartsComplete;
      for (const button of shadow(element).querySelectorAll<HTMLButtonElement>('button.info')) {
        button.click();
      }
      await element.updateComplete;
      expect(element.getBoundingClientRect().width).toBe(width);
      expect(overflowing(element)).toEqual([]);
    });
  },
);
