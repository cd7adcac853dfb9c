import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './gallery-html.js';

describe('fillPlaceholders', () => {
  it('fills the header, title and footer of a page', () => {
    const html = fillPlaceholders(
      '<title><!-- galerie:titre --></title><body><!-- galerie:en-tete --><main></main><!-- galerie:pied -->',
      '/couverture/index.html',
    );
    expect(html).toContain(
      '<title>Couverture d’un catalogue de formations — galerie InserJeunes</title>',
    );
    expect(html).toContain('<a href="/couverture" aria-current="page">Couverture</a>');
    expect(html).toContain('<footer class="site-footer">');
    expect(html).not.toContain('galerie:');
  });

  it('opens every page with its encoding, viewport and title, and links the widget as a partner would', () => {
    const html = fillPlaceholders(
      '<head><!-- galerie:tete --><!-- galerie:widget --></head>',
      '/partenaires/etat/index.html',
    );
    expect(html).toContain('<meta charset="utf-8" />');
    expect(html).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    );
    expect(html).toMatch(/<title>[^<]+ — galerie InserJeunes<\/title>/);
    expect(html).toContain('href="/widget/v1/inserjeunes-indicateurs.css"');
    expect(html).toContain('src="/widget/v1/inserjeunes-indicateurs.js"');
    expect(html).toContain('src="/widget/v1/embed.js" async');
  });

  it('fails the build on a misspelt placeholder rather than shipping it', () => {
    expect(() => fillPlaceholders('<!-- galerie:entete -->', '/index.html')).toThrow(
      /emplacement inconnu/,
    );
  });
});
