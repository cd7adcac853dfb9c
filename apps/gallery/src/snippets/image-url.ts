import type { WidgetConfig } from '../config/widget-config.js';

/** The images' looks; a partner's own colours have no image counterpart, so they get the plain one. */
const IMAGE_THEME: Record<WidgetConfig['theme'], string> = {
  sobre: 'sobre',
  etat: 'etat',
  sombre: 'sombre',
  partenaire: 'sobre',
};

/**
 * The address of the image of what the widget shows in this configuration: the same
 * parameters as the element's attributes, plus the look and the width.
 */
export function imageUrl(config: WidgetConfig, origin: string, format: 'svg' | 'png'): string {
  const params = new URLSearchParams();
  for (const key of ['uai', 'region', 'millesime', 'voie', 'audience'] as const) {
    const value = config[key].trim();
    if (value !== '') params.set(key, value);
  }
  params.set('lang', config.lang);
  if (IMAGE_THEME[config.theme] !== 'sobre') params.set('theme', IMAGE_THEME[config.theme]);
  params.set('largeur', String(config.width));
  const code = encodeURIComponent(config.code.trim());
  return `${origin}/api/inserjeunes/affichage/${code}.${format}?${params.toString()}`;
}
