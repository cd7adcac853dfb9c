import type { Lang } from '@inserjeunes/contract';
import { html, nothing } from 'lit';

/** How the card is named and announced. */
export interface CardFacts {
  lang: Lang;
  /** `aria-level` of the heading. */
  level: number;
  title: string;
  /** The page has its own heading: the title only names the card. */
  noTitle: boolean;
  /** The figures are on their way. */
  busy: boolean;
}

/** The card around everything: a region named by the widget's heading. */
export function renderCard({ lang, level, title, noTitle, busy }: CardFacts, body: unknown) {
  const heading = noTitle
    ? nothing
    : html`<p class="title" part="title" id="title" role="heading" aria-level=${level}>${title}</p>`;
  return html`<section
    class="card"
    part="base"
    lang=${lang}
    aria-busy=${busy ? 'true' : 'false'}
    aria-labelledby=${noTitle ? nothing : 'title'}
    aria-label=${noTitle ? title : nothing}
  >
    ${heading} ${body}
  </section>`;
}
