import { escapeMarkup } from '@inserjeunes/contract';
import { GALLERY_PAGES, galleryPage } from './gallery-pages.js';

/** Where the figures come from, in every page's footer. */
const SOURCES =
  'Indicateurs InserJeunes (DEPP, DARES) et InserSup (SIES), données ouvertes sous Licence Ouverte / Etalab 2.0.';

/**
 * The skip link, banner and navigation shared by every gallery page, for the page at
 * `path`: its own link carries `aria-current="page"` (its section's link, for a partner page).
 */
export function siteHeader(path: string): string {
  const current = galleryPage(path)?.path ?? path;
  const links = GALLERY_PAGES.filter((page) => page.inNav)
    .map((page) => {
      const here =
        page.path === current || (page.path !== '/' && current.startsWith(`${page.path}/`));
      const attribute = here ? ' aria-current="page"' : '';
      return `<li><a href="${escapeMarkup(page.path)}"${attribute}>${escapeMarkup(page.navLabel)}</a></li>`;
    })
    .join('');
  return `<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="site-header__inner">
    <p class="site-brand"><a href="/">InserJeunes <span>indicateurs</span></a> <span class="site-brand__tag">galerie</span></p>
    <nav class="site-nav" aria-label="Pages de la galerie"><ul>${links}</ul></nav>
  </div>
  <p class="data-status" data-data-status hidden></p>
</header>`;
}

/**
 * The header of a page for the widget's readers: the skip link, the product's name and what
 * data is loaded, without the gallery's navigation, which is for developers.
 */
export function readerHeader(): string {
  return `<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="site-header__inner">
    <p class="site-brand">InserJeunes <span>indicateurs</span></p>
  </div>
  <p class="data-status" data-data-status hidden></p>
</header>`;
}

/** The footer of a page for the widget's readers: where the figures come from, no links. */
export function readerFooter(): string {
  return `<footer class="site-footer">
  <div class="site-footer__inner">
    <p>${SOURCES}</p>
  </div>
</footer>`;
}

/** The footer shared by every gallery page. */
export function siteFooter(): string {
  return `<footer class="site-footer">
  <div class="site-footer__inner">
    <p>${SOURCES} Code sous licence MIT.</p>
    <ul>
      <li><a href="/donnees">D’où viennent ces données ?</a></li>
      <li><a href="/integration">Guide d’intégration</a></li>
      <li><a href="/api/docs">Référence de l’API</a></li>
    </ul>
  </div>
</footer>`;
}

/** `<title>` text for the page at `path`. */
export function pageTitle(path: string): string {
  const page = galleryPage(path);
  if (page === undefined || page.path === '/') return 'Galerie du widget InserJeunes';
  if (page.forReaders) return `${page.title} — indicateurs InserJeunes`;
  return `${page.title} — galerie InserJeunes`;
}
