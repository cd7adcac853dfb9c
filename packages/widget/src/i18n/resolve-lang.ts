import type { Lang } from '@inserjeunes/contract';

/** The widget's language: its `lang` attribute, else the nearest ancestor's, else French. */
export function resolveLang(element: Element, own: string): Lang {
  const declared = own || element.parentElement?.closest('[lang]')?.getAttribute('lang') || '';
  return declared.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
