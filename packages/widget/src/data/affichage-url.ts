import type { Audience } from '@inserjeunes/contract';
import { WIDGET_VERSION } from '../version.js';

/** What the widget asks for: the element's attributes once read. */
export interface AffichageQuery {
  codes: readonly string[];
  uai: string;
  region: string;
  millesime: string;
  voie: string;
  audience: Audience;
}

/**
 * The one API call behind a widget. `audience` and `widget` identify the view, so usage
 * statistics count widget views per partner and per variant.
 */
export function affichageUrl(api: string, query: AffichageQuery): string {
  const codes = query.codes.map(encodeURIComponent).join(',');
  const url = new URL(`api/inserjeunes/affichage/${codes}`, api.endsWith('/') ? api : `${api}/`);
  for (const key of ['uai', 'region', 'millesime', 'voie'] as const) {
    const value = query[key].trim();
    if (value !== '') url.searchParams.set(key, value);
  }
  url.searchParams.set('audience', query.audience);
  url.searchParams.set('widget', WIDGET_VERSION);
  return url.href;
}
