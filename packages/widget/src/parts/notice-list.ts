import type { Affichage, Lang } from '@inserjeunes/contract';
import { html, nothing } from 'lit';
import type { Notices } from '../data/describe-affichage.js';
import {
  carriedText,
  closedText,
  demoText,
  fallbackText,
  secondeCommuneText,
} from '../words/notice-text.js';

/** What the reader must know before reading the figures, one notice each. */
export function noticeList(affichage: Affichage, notices: Notices, figures: boolean, lang: Lang) {
  const notice = (text: string, extra = '') =>
    html`<p class="notice ${extra}" part="notice">${text}</p>`;
  return [
    notices.demo ? notice(demoText(), 'demo') : nothing,
    notices.fallback ? notice(fallbackText(notices.fallback, affichage)) : nothing,
    notices.closed ? notice(closedText(notices.closed.date, lang, figures)) : nothing,
    notices.carried && figures ? notice(carriedText(notices.carried)) : nothing,
    affichage.seconde_commune && figures
      ? notice(secondeCommuneText(affichage.seconde_commune))
      : nothing,
  ];
}
