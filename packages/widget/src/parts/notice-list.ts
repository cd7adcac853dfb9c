import type { Affichage, Lang } from '@inserjeunes/contract';
import { html, nothing } from 'lit';
import type { Notices } from '../data/describe-affichage.js';
import {
  carriedText,
  closedReplacedText,
  closedText,
  demoText,
  fallbackText,
  secondeCommuneText,
} from '../words/notice-text.js';

/**
 * The one thing the reader must know before reading the figures, the most important first:
 * figures from a wider scope, then from another diploma (said with the closing of this one
 * when both hold, so the two never contradict each other), then a closed diploma, then a
 * common first year. Whether the figures are made up is said apart, always.
 */
export function noticeText(
  affichage: Affichage,
  notices: Notices,
  figures: boolean,
  lang: Lang,
): string | null {
  const { fallback, closed, carried } = notices;
  if (fallback) return fallbackText(fallback, affichage);
  const other = affichage.filieres.find((block) => block.donnee_source.type !== 'self');
  const label = other?.libelle && other.libelle !== affichage.libelle ? other.libelle : null;
  if (closed && carried?.type === 'nouvelle' && figures) {
    return closedReplacedText(closed.date, lang, label);
  }
  if (carried && figures) return carriedText(carried, label);
  if (closed) return closedText(closed.date, lang, figures);
  if (affichage.seconde_commune && figures) return secondeCommuneText(affichage.seconde_commune);
  return null;
}

/** The notice above the figures (one at most), and the made-up data's label. */
export function noticeList(affichage: Affichage, notices: Notices, figures: boolean, lang: Lang) {
  const text = noticeText(affichage, notices, figures, lang);
  return html`${notices.demo ? html`<p class="notice demo" part="notice">${demoText()}</p>` : nothing}
    ${text === null ? nothing : html`<p class="notice" part="notice">${text}</p>`}`;
}
