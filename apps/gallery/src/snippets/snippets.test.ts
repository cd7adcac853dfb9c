import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type WidgetConfig } from '../config/widget-config.js';
import { embedUrl } from './embed-url.js';
import { iframeSnippet } from './iframe-snippet.js';
import { scriptSnippet } from './script-snippet.js';

const ORIGIN = 'https://indicateurs.example.org';
const hostile = `"><script>alert('x')</script><b title="`;

function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z-]+)/g)].map((match) => match[0]);
}

describe('scriptSnippet', () => {
  it('links the widget’s stylesheet, loads the module script from the API and writes the chosen attributes', () => {
    const config: WidgetConfig = {
      ...DEFAULT_CONFIG,
      code: '40025214',
      uai: '0010001W',
      audience: '3eme',
      lang: 'en',
    };
    expect(scriptSnippet(config, ORIGIN)).toBe(
      `<link rel="stylesheet" href="${ORIGIN}/widget/v1/inserjeunes-indicateurs.css">
<script type="module" src="${ORIGIN}/widget/v1/inserjeunes-indicateurs.js"></script>
<inserjeunes-indicateurs code="40025214" uai="0010001W" audience="3eme" lang="en"></inserjeunes-indicateurs>`,
    );
  });

  it('passes a partner’s colours by a class and a rule for its own stylesheet, never an inline style', () => {
    const config: WidgetConfig = { ...DEFAULT_CONFIG, code: '40025214', theme: 'partenaire' };
    const snippet = scriptSnippet(config, ORIGIN);
    expect(snippet).toContain(
      '<inserjeunes-indicateurs class="ij-couleurs-partenaire" code="40025214" lang="fr">',
    );
    expect(snippet).toContain(
      'inserjeunes-indicateurs.ij-couleurs-partenaire {\n  --ij-color-accent: #6a1b9a;\n  --ij-color-emploi: #00695c;',
    );
    expect(snippet).not.toContain('style=');
  });

  it('keeps a hostile code inside its attribute: no tag is added', () => {
    const snippet = scriptSnippet({ ...DEFAULT_CONFIG, code: hostile, region: `'"<` }, ORIGIN);
    expect(tags(snippet)).toEqual([
      '<link',
      '<script',
      '</script',
      '<inserjeunes-indicateurs',
      '</inserjeunes-indicateurs',
    ]);
    expect(snippet).toContain('code="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
  });
});

describe('iframeSnippet', () => {
  it('frames the embed page in a sandbox and adds the auto-height script', () => {
    const snippet = iframeSnippet(
      { ...DEFAULT_CONFIG, code: '40025214', audience: 'lycee' },
      ORIGIN,
    );
    expect(snippet).toContain(`src="${ORIGIN}/embed?code=40025214&amp;audience=lycee&amp;lang=fr"`);
    expect(snippet).toContain('sandbox="allow-scripts');
    expect(snippet).not.toContain('allow-same-origin');
    expect(snippet).toContain(`<script src="${ORIGIN}/widget/v1/embed.js" async></script>`);
  });

  it('loads the frame at once, so that one below the fold has its height before it is seen', () => {
    expect(iframeSnippet({ ...DEFAULT_CONFIG, code: '40025214' }, ORIGIN)).not.toContain('lazy');
  });

  it('titles the frame in the widget’s language', () => {
    expect(iframeSnippet({ ...DEFAULT_CONFIG, code: 'x', lang: 'en' }, ORIGIN)).toContain(
      'title="What became of former students of this training"',
    );
  });

  it('keeps a hostile code inside the URL of the frame', () => {
    const snippet = iframeSnippet({ ...DEFAULT_CONFIG, code: hostile }, ORIGIN);
    expect(tags(snippet)).toEqual(['<iframe', '</iframe', '<script', '</script']);
  });
});

describe('embedUrl', () => {
  it('carries the same parameters as the attributes, encoded', () => {
    const url = new URL(
      embedUrl({ ...DEFAULT_CONFIG, code: 'CFD:40025214,32031309', region: '69001' }, ORIGIN),
    );
    expect(url.pathname).toBe('/embed');
    expect(url.searchParams.get('code')).toBe('CFD:40025214,32031309');
    expect(url.searchParams.get('region')).toBe('69001');
    expect(url.searchParams.has('theme')).toBe(false);
  });

  it.each([
    ['etat', 'dsfr'],
    ['sombre', 'sombre'],
  ] as const)('gives the frame the look of the %s theme by theme=%s', (theme, param) => {
    const url = new URL(embedUrl({ ...DEFAULT_CONFIG, code: '40025214', theme }, ORIGIN));
    expect(url.searchParams.get('theme')).toBe(param);
  });
});
