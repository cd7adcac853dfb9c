import { describe, expect, it } from 'vitest';
import { GALLERY_PAGES } from './gallery-pages.js';
import { pageTitle, siteHeader } from './site-chrome.js';

describe('siteHeader', () => {
  it('marks the page being read as current, and only that one', () => {
    const html = siteHeader('/atelier/index.html');
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toContain('<a href="/atelier" aria-current="page">Atelier</a>');
  });

  it('marks the section of a partner page', () => {
    const html = siteHeader('/partenaires/sombre/');
    expect(html).toContain('<a href="/partenaires" aria-current="page">En situation</a>');
  });

  it('starts with a skip link to the main content', () => {
    expect(siteHeader('/').trimStart().startsWith('<a class="skip-link" href="#contenu">')).toBe(
      true,
    );
  });

  it('links every page meant for the navigation', () => {
    const html = siteHeader('/');
    for (const page of GALLERY_PAGES.filter((entry) => entry.inNav)) {
      expect(html).toContain(`href="${page.path}"`);
    }
  });
});

describe('pageTitle', () => {
  it('names the page, then the gallery', () => {
    expect(pageTitle('/donnees/index.html')).toBe(
      'D’où viennent ces données ? — galerie InserJeunes',
    );
  });
});
