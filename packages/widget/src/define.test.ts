import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUDIENCE_CODES, scenarioReply } from './testing/scenarios.js';
import { stubApi } from './testing/stub-api.js';

const BUNDLE = '/.test-dist/inserjeunes-indicateurs.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

function include(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

describe('the script included twice, as partner pages do', () => {
  it('registers the element once, throws nothing, and every widget on the page works', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    stubApi((url) =>
      scenarioReply(url.pathname.includes('2400074') ? 'superieur' : '3eme', 'figures'),
    );
    document.body.innerHTML = `
      <inserjeunes-indicateurs code="${AUDIENCE_CODES['3eme']}" lang="fr" api="https://api.test"></inserjeunes-indicateurs>
      <inserjeunes-indicateurs code="${AUDIENCE_CODES.superieur}" lang="en" api="https://api.test"></inserjeunes-indicateurs>`;
    // The same address twice, then the same script from another address (a second copy).
    await Promise.all([include(BUNDLE), include(BUNDLE), include(`${BUNDLE}?v=2`)]);
    const Element = customElements.get('inserjeunes-indicateurs');
    expect(Element).toBeDefined();
    const [fr, en] = [...document.querySelectorAll('inserjeunes-indicateurs')];
    const loaded = (element: Element | undefined) =>
      element?.shadowRoot?.querySelector('[part~="value"]') !== null &&
      element?.shadowRoot?.querySelector('[part~="value"]') !== undefined;
    await expect.poll(() => loaded(fr) && loaded(en), { timeout: 5000 }).toBe(true);
    expect(fr?.shadowRoot?.textContent).toContain('élèves sur 10');
    expect(en?.shadowRoot?.textContent).toContain('What do graduates go on to do?');
    // A widget added later is upgraded by the one registered class.
    const late = document.createElement('inserjeunes-indicateurs');
    late.setAttribute('code', AUDIENCE_CODES['3eme']);
    late.setAttribute('api', 'https://api.test');
    document.body.append(late);
    expect(late).toBeInstanceOf(Element as CustomElementConstructor);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});
