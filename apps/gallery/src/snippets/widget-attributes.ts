import type { WidgetConfig } from '../config/widget-config.js';

/** The element's attributes a configuration sets, in the order the guide lists them. */
export function widgetAttributes(config: WidgetConfig): [string, string][] {
  const attributes: [string, string][] = [];
  for (const key of ['code', 'uai', 'region', 'millesime', 'voie', 'audience', 'lang'] as const) {
    const value = config[key].trim();
    if (value !== '') attributes.push([key, value]);
  }
  return attributes;
}
