import type { WidgetConfig } from '../config/widget-config.js';
import { embedUrl } from '../snippets/embed-url.js';
import { iframeTitle } from '../snippets/iframe-snippet.js';
import { widgetAttributes } from '../snippets/widget-attributes.js';
import { partnerStyle } from '../themes/themes.js';

const ATTRIBUTES = ['code', 'uai', 'region', 'millesime', 'voie', 'audience', 'lang'];

/**
 * Shows the configuration in the preview: the page theme around it, the width, and the
 * widget itself, by element (attributes updated in place, as a partner's script would) or
 * by iframe (the embed page, sized by embed.js).
 */
export function updatePreview(preview: HTMLElement, config: WidgetConfig, origin: string): void {
  preview.className = `preview theme-${config.theme}`;
  preview.setAttribute(
    'style',
    `width: ${config.width}px; ${partnerStyle(config.theme, config.colours)}`,
  );
  if (config.mode === 'iframe') {
    let frame = preview.querySelector('iframe');
    if (frame === null) {
      preview.replaceChildren();
      frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
      frame.className = 'preview-iframe';
      preview.append(frame);
    }
    frame.title = iframeTitle(config.lang);
    const src = embedUrl(config, origin);
    if (frame.getAttribute('src') !== src) frame.src = src;
    return;
  }
  let element = preview.querySelector('inserjeunes-indicateurs');
  if (element === null) {
    preview.replaceChildren();
    element = document.createElement('inserjeunes-indicateurs');
    preview.append(element);
  }
  const wanted = new Map(widgetAttributes(config));
  for (const name of ATTRIBUTES) {
    const value = wanted.get(name);
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}
