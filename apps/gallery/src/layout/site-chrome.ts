import { escapeMarkup } from '@inserjeunes/contract';
import { GALLERY_PAGES, galleryPage } from './gallery-pages.js';

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

/** The footer shared by every gallery page. */
export function siteFooter(): string {
  return `<footer class="site-footer">
  <div class="site-footer__inner">
    <p>Indicateurs InserJeunes (DEPP, DARES) et InserSup (SIES), données ouvertes sous Licence Ouverte / Etalab 2.0. Code sous licence MIT.</p>
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
  return `${page.title} — galerie InserJeunes`;
}
