import { escapeMarkup } from '@inserjeunes/contract';
import type { GalleryPage } from './gallery-pages.js';

/** A list of cards, one per page, each a heading link and its summary. */
export function pageCards(pages: readonly GalleryPage[], headingLevel: 2 | 3): string {
  const items = pages
    .map(
      (page) => `<li class="card">
  <h${headingLevel}><a href="${escapeMarkup(page.path)}">${escapeMarkup(page.title)}</a></h${headingLevel}>
  <p>${escapeMarkup(page.summary)}</p>
</li>`,
    )
    .join('\n');
  return `<ul class="cards">\n${items}\n</ul>`;
}
