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

  it('fails the build on a misspelt placeholder rather than shipping it', () => {
    expect(() => fillPlaceholders('<!-- galerie:entete -->', '/index.html')).toThrow(
      /emplacement inconnu/,
    );
  });
});
