import { escapeMarkup } from '@inserjeunes/contract';
import type { WidgetConfig } from '../config/widget-config.js';
import { PARTNER_CLASS, partnerRule } from '../themes/themes.js';
import { widgetAttributes } from './widget-attributes.js';

/**
 * The code a partner pastes to embed the widget by script tag, for the API at `origin`:
 * the widget's stylesheet, its script, and the element; with a partner's colours, the rule
 * for its own stylesheet (no inline style, which a strict CSP refuses).
 * Every value is escaped: a code typed with quotes or markup stays an attribute value.
 */
export function scriptSnippet(config: WidgetConfig, origin: string): string {
  const attributes = widgetAttributes(config).map(
    ([name, value]) => ` ${name}="${escapeMarkup(value)}"`,
  );
  const rule = partnerRule(config.theme, config.colours);
  if (rule !== '') attributes.unshift(` class="${PARTNER_CLASS}"`);
  const src = escapeMarkup(`${origin}/widget/v1/inserjeunes-indicateurs.js`);
  // The stylesheet holds the widget's room before the script has drawn it: the page
  // below does not move.
  const css = escapeMarkup(`${origin}/widget/v1/inserjeunes-indicateurs.css`);
  return `<link rel="stylesheet" href="${css}">
<script type="module" src="${src}"></script>
<inserjeunes-indicateurs${attributes.join('')}></inserjeunes-indicateurs>${
    rule === '' ? '' : `\n<!-- Dans votre propre feuille de style :\n${rule}\n-->`
  }`;
}
