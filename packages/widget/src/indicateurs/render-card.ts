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
  /** The training shown, which tells one widget's region from another's; null before the answer. */
  training: string | null;
}

/**
 * The card around everything: a region named by the widget's heading and the training, so
 * that the widgets of one page have distinct names. It takes the focus back when the
 * button that had it goes (after "Réessayer").
 */
export function renderCard(
  { lang, level, title, noTitle, busy, training }: CardFacts,
  body: unknown,
) {
  const heading = noTitle
    ? nothing
    : html`<p class="title" part="title" id="title" role="heading" aria-level=${level}>${title}</p>`;
  return html`<section
    class="card"
    part="base"
    lang=${lang}
    aria-busy=${busy ? 'true' : 'false'}
    tabindex="-1"
    aria-labelledby=${noTitle ? nothing : training === null ? 'title' : 'title subtitle'}
    aria-label=${noTitle ? (training === null ? title : `${title} – ${training}`) : nothing}
  >
    ${heading} ${body}
  </section>`;
}
