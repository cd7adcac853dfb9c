import type { WidgetConfig } from '../config/widget-config.js';
import { widgetAttributes } from './widget-attributes.js';

/** The address of the embed page showing this configuration (same parameters as the attributes). */
export function embedUrl(config: WidgetConfig, origin: string): string {
  const params = new URLSearchParams(widgetAttributes(config));
  return `${origin}/embed?${params.toString()}`;
}
