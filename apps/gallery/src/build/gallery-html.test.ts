import { readFileSync } from 'node:fs';
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

  it('gives the widget’s readers the data page without the gallery’s navigation', () => {
    const fill = (file: string, path: string) =>
      fillPlaceholders(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), path);
    const developers = fill('donnees/index.html', '/donnees/index.html');
    const readers = fill('donnees/lecteur/index.html', '/donnees/lecteur/index.html');
    const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main(readers)).toContain('<h1>D’où viennent ces données ?</h1>');
    expect(main(readers)).toBe(main(developers));
    expect(developers).toContain('aria-label="Pages de la galerie"');
    expect(readers).not.toContain('aria-label="Pages de la galerie"');
    expect(readers).not.toContain('href="/integration"');
    expect(readers).toContain(
      '<title>D’où viennent ces chiffres ? — indicateurs InserJeunes</title>',
    );
    expect(readers).toContain('data-data-status');
  });

  it('fails the build on a misspelt placeholder rather than shipping it', () => {
    expect(() => fillPlaceholders('<!-- galerie:entete -->', '/index.html')).toThrow(
      /emplacement inconnu/,
    );
  });
});
