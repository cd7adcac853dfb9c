import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, textOf } from '../testing/mount.js';
import { AUDIENCE_CODES, scenarioReply } from '../testing/scenarios.js';
import { stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  vi.unstubAllGlobals();
});

describe('languages', () => {
  it('speaks English with lang="en": words, numbers and the footer', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES['3eme'], lang: 'en' });
    const text = textOf(element);
    expect(text).toContain('What do students do after this course?');
    expect(text).toContain('4 pupils in 10 work (38%)');
    expect(text).toContain(
      'Source: InserJeunes · classes of 2022 and 2023 · Figures for the Bretagne region',
    );
    expect(text).toContain('Where do these figures come from?');
    expect(element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang')).toBe('en');
  });

  it('switches language when the attribute changes, without asking the API again', async () => {
    const { calls } = stubApi(() => scenarioReply('lycee', 'figures'));
    const element = await mount({ code: AUDIENCE_CODES.lycee, lang: 'fr' });
    expect(textOf(element)).toContain('Que deviennent les élèves après cette formation ?');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(textOf(element)).toContain('What do students do after this course?');
    expect(textOf(element)).toContain('In work 17%');
    element.setAttribute('lang', 'fr');
    await element.updateComplete;
    expect(textOf(element)).toContain('En emploi 17 %');
    expect(calls).toHaveLength(1);
  });

  it('renders several widgets in different languages side by side, each in its own', async () => {
    stubApi((url) =>
      scenarioReply(url.pathname.includes('2400074') ? 'superieur' : '3eme', 'figures'),
    );
    const [fr, en, fr2] = await Promise.all([
      mount({ code: AUDIENCE_CODES['3eme'], lang: 'fr' }),
      mount({ code: AUDIENCE_CODES.superieur, lang: 'en' }),
      mount({ code: AUDIENCE_CODES.superieur, lang: 'fr' }),
    ]);
    if (!fr || !en || !fr2) throw new Error('missing widget');
    expect(textOf(fr)).toContain('4 élèves sur 10 travaillent');
    expect(textOf(en)).toContain('What do graduates go on to do?');
    expect(textOf(fr2)).toContain('Que deviennent les diplômés ?');
    // Opening an explanation re-renders one widget: the others keep their language.
    fr.shadowRoot?.querySelector<HTMLButtonElement>('button.info')?.click();
    en.shadowRoot?.querySelector<HTMLButtonElement>('button.info')?.click();
    await Promise.all([fr.updateComplete, en.updateComplete]);
    expect(textOf(fr)).toContain('Ceux qui travaillent à leur compte');
    expect(textOf(en)).toContain('Self-employment is not counted.');
    expect(textOf(fr2)).toContain('Que deviennent les diplômés ?');
  });

  it('follows the language of the page when it has no lang attribute', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    const english = document.createElement('section');
    english.lang = 'en-GB';
    const french = document.createElement('section');
    french.lang = 'fr';
    document.body.append(english, french);
    const a = await mount({ code: AUDIENCE_CODES['3eme'], lang: false }, english);
    const b = await mount({ code: AUDIENCE_CODES['3eme'], lang: false }, french);
    expect(textOf(a)).toContain('pupils in 10');
    expect(textOf(b)).toContain('élèves sur 10');
  });

  it('speaks French when the page says nothing', async () => {
    stubApi(() => scenarioReply('3eme', 'figures'));
    document.documentElement.removeAttribute('lang');
    const element = await mount({ code: AUDIENCE_CODES['3eme'], lang: false });
    expect(textOf(element)).toContain('élèves sur 10');
  });
});
