import { escapeMarkup } from '@inserjeunes/contract';
import type { WidgetConfig } from '../config/widget-config.js';
import { embedUrl } from './embed-url.js';

/** The iframe's accessible name, in the widget's language. */
export function iframeTitle(lang: WidgetConfig['lang']): string {
  return lang === 'en'
    ? 'What became of former students of this training'
    : 'Que deviennent les anciens élèves de cette formation ?';
}

/**
 * The code a partner pastes to embed the widget by iframe: the sandboxed frame, and the
 * external `embed.js` that keeps its height equal to its content's (no inline script, so it
 * works under a strict CSP). Not lazily loaded: a frame below the fold takes its height
 * before the reader scrolls to it, so the page does not move under their eyes.
 */
export function iframeSnippet(config: WidgetConfig, origin: string): string {
  const src = escapeMarkup(embedUrl(config, origin));
  const title = escapeMarkup(iframeTitle(config.lang));
  const script = escapeMarkup(`${origin}/widget/v1/embed.js`);
  return `<iframe src="${src}" title="${title}" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="width: 100%; height: 420px; border: 0"></iframe>
<script src="${script}" async></script>`;
}
