import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { widgetReference } from '../docs/widget-reference.js';
import { GALLERY_PAGES } from '../layout/gallery-pages.js';
import { pageCards } from '../layout/page-cards.js';
import {
  pageTitle,
  readerFooter,
  readerHeader,
  siteFooter,
  siteHeader,
} from '../layout/site-chrome.js';

const ICON = '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />';

/** What `/donnees` says, shown again without the gallery's navigation to the widget's readers. */
const DONNEES = new URL('../docs/donnees-contenu.html', import.meta.url);

/** The widget's script as a partner page links it; Vite leaves it to the API. */
const WIDGET_SCRIPT =
  '<script type="module" src="/widget/v1/inserjeunes-indicateurs.js" vite-ignore></script>';

/** Everything a partner's snippet links: the reserved room, the element, the iframes' heights. */
const WIDGET_TAGS = [
  '<link rel="stylesheet" href="/widget/v1/inserjeunes-indicateurs.css" vite-ignore />',
  WIDGET_SCRIPT,
  '<script src="/widget/v1/embed.js" async vite-ignore></script>',
].join('\n    ');

/** The head every page opens with: encoding, viewport and its title. */
function pageHead(path: string): string {
  return [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${pageTitle(path)}</title>`,
  ].join('\n    ');
}

/** What each placeholder comment of a page's HTML becomes. */
export function fillPlaceholders(html: string, path: string): string {
  const reference = widgetReference();
  const slots: Record<string, () => string> = {
    tete: () => pageHead(path),
    widget: () => WIDGET_TAGS,
    'widget-script': () => WIDGET_SCRIPT,
    'en-tete': () => siteHeader(path),
    'en-tete-lecteur': () => readerHeader(),
    pied: () => siteFooter(),
    'pied-lecteur': () => readerFooter(),
    donnees: () => readFileSync(DONNEES, 'utf8'),
    titre: () => pageTitle(path),
    sommaire: () =>
      pageCards(
        GALLERY_PAGES.filter((page) => page.path !== '/' && page.inNav),
        2,
      ),
    'pages-partenaires': () =>
      pageCards(
        GALLERY_PAGES.filter((page) => page.path.startsWith('/partenaires/')),
        2,
      ),
    'reference-attributs': () => reference.attributs,
    'reference-evenements': () => reference.evenements,
    'reference-parties': () => reference.parties,
    'reference-proprietes': () => reference.proprietes,
  };
  const filled = html.replace(/<!--\s*galerie:([a-z-]+)\s*-->/g, (whole, name: string) => {
    const fill = slots[name];
    if (fill === undefined) throw new Error(`${path} : emplacement inconnu « ${whole} »`);
    return fill();
  });
  return filled.replace('</head>', `${ICON}\n  </head>`);
}

/**
 * Writes the shared header, footer, title and the widget's reference tables into each page
 * at build time, so every page is complete HTML before any script runs.
 */
export function galleryHtml(): Plugin {
  return {
    name: 'gallery-html',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => fillPlaceholders(html, context.path),
    },
  };
}
