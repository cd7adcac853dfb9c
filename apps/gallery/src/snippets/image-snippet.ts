import { escapeMarkup } from '@inserjeunes/contract';
import type { WidgetConfig } from '../config/widget-config.js';
import { imageUrl } from './image-url.js';

/** The image's text alternative; its figures are in the image itself (and in the SVG's description). */
export function imageAlt(lang: WidgetConfig['lang']): string {
  return lang === 'en'
    ? 'What became of former students of this training (InserJeunes figures)'
    : 'Que deviennent les anciens élèves de cette formation (chiffres InserJeunes)';
}

/**
 * For mails and documents, where no script runs: the PNG (mail clients do not all show
 * SVG), at the chosen width, drawn twice as large so it stays sharp.
 */
export function imageSnippet(config: WidgetConfig, origin: string): string {
  const src = escapeMarkup(imageUrl(config, origin, 'png'));
  return `<img src="${src}" width="${config.width}" alt="${escapeMarkup(imageAlt(config.lang))}" style="max-width: 100%; height: auto">`;
}

/**
 * What a page shows when scripts are off, inside `<noscript>` after the element: the SVG,
 * light and sharp at any size.
 */
export function noscriptImage(config: WidgetConfig, origin: string): string {
  const src = escapeMarkup(imageUrl(config, origin, 'svg'));
  return `<noscript><img src="${src}" width="${config.width}" alt="${escapeMarkup(imageAlt(config.lang))}" style="max-width: 100%; height: auto"></noscript>`;
}
