import type { WidgetConfig } from '../config/widget-config.js';
import { EMBED_THEME } from '../themes/themes.js';
import { widgetAttributes } from './widget-attributes.js';

/**
 * The address of the embed page showing this configuration: the same parameters as the
 * attributes, and the embed page's look for the chosen theme.
 */
export function embedUrl(config: WidgetConfig, origin: string): string {
  const params = new URLSearchParams(widgetAttributes(config));
  const theme = EMBED_THEME[config.theme];
  if (theme !== null) params.set('theme', theme);
  return `${origin}/embed?${params.toString()}`;
}
