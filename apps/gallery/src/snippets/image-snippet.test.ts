import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type WidgetConfig } from '../config/widget-config.js';
import { imageSnippet, noscriptImage } from './image-snippet.js';
import { imageUrl } from './image-url.js';

const ORIGIN = 'https://indicateurs.example.org';

describe('imageUrl', () => {
  it('carries the widget’s parameters, the look and the width to the image route', () => {
    const config: WidgetConfig = {
      ...DEFAULT_CONFIG,
      code: 'CFD:40025214,32031309',
      uai: '0010001W',
      audience: 'lycee',
      lang: 'en',
      theme: 'sombre',
      width: 360,
    };
    const url = new URL(imageUrl(config, ORIGIN, 'png'));
    expect(decodeURIComponent(url.pathname)).toBe(
      '/api/inserjeunes/affichage/CFD:40025214,32031309.png',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      uai: '0010001W',
      audience: 'lycee',
      lang: 'en',
      theme: 'sombre',
      largeur: '360',
    });
  });

  it('draws a partner’s colours in the plain look, which needs no parameter', () => {
    const url = new URL(
      imageUrl({ ...DEFAULT_CONFIG, code: '40025214', theme: 'partenaire' }, ORIGIN, 'svg'),
    );
    expect(url.searchParams.has('theme')).toBe(false);
  });
});

describe('the image snippets', () => {
  const hostile = `"><script>alert(1)</script>`;

  it('gives mails the PNG at the chosen width, with a text alternative', () => {
    const snippet = imageSnippet({ ...DEFAULT_CONFIG, code: '40025214', width: 400 }, ORIGIN);
    expect(snippet).toMatch(
      /^<img src="https:\/\/indicateurs\.example\.org\/api\/inserjeunes\/affichage\/40025214\.png\?lang=fr&amp;largeur=400" width="400" alt="Que deviennent/,
    );
  });

  it('gives pages without scripts the SVG inside noscript', () => {
    const snippet = noscriptImage({ ...DEFAULT_CONFIG, code: '40025214', lang: 'en' }, ORIGIN);
    expect(snippet).toMatch(/^<noscript><img src="[^"]+\/40025214\.svg\?lang=en&amp;largeur=480"/);
    expect(snippet).toContain('alt="What became of former students');
    expect(snippet.endsWith('</noscript>')).toBe(true);
  });

  it('keeps a hostile code inside the address', () => {
    for (const snippet of [
      imageSnippet({ ...DEFAULT_CONFIG, code: hostile }, ORIGIN),
      noscriptImage({ ...DEFAULT_CONFIG, code: hostile, region: hostile }, ORIGIN),
    ]) {
      expect(snippet).not.toContain('<script');
      expect(snippet.match(/<img/g)).toHaveLength(1);
    }
  });
});
