import type { Audience, Lang } from '@inserjeunes/contract';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../testing/mount.js';
import { AUDIENCE_CODES, STATES, scenarioReply } from '../testing/scenarios.js';
import { stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const AUDIENCES: Audience[] = ['3eme', 'lycee', 'superieur'];
const LANGS: Lang[] = ['fr', 'en'];
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(context: Element) {
  const result = await axe.run(context, { runOnly: { type: 'tag', values: WCAG_21_AA } });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe.each(AUDIENCES)('WCAG 2.1 AA, %s variant', (audience) => {
  describe.each(LANGS)('in %s', (lang) => {
    it.each(STATES)('%s state: no violation', async (state) => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      stubApi(() => scenarioReply(audience, state));
      const element = await mount(
        { code: AUDIENCE_CODES[audience], audience, lang },
        document.body,
        state === 'loading' ? 'render' : 'data',
      );
      expect(await violations(element)).toEqual([]);
    });
  });

  it('with every explanation open and on a dark page: no violation', async () => {
    document.documentElement.style.colorScheme = 'dark';
    document.body.style.background = '#111';
    try {
      stubApi(() => scenarioReply(audience, 'figures'));
      const element = await mount({ code: AUDIENCE_CODES[audience], audience });
      for (const button of element.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.info') ??
        []) {
        button.click();
      }
      await element.updateComplete;
      expect(
        element.shadowRoot?.querySelectorAll('[part~="explanation"]:not([hidden])').length,
      ).toBeGreaterThan(2);
      expect(await violations(element)).toEqual([]);
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
    }
  });
});
