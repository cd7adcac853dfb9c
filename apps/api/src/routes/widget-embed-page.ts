import { escapeMarkup } from '@inserjeunes/contract';
import type { EmbedQuery, EmbedTheme } from './widget-embed-query.js';

function page(
  lang: string,
  title: string,
  body: string,
  widget: boolean,
  theme: EmbedTheme | null = null,
  preloads: readonly string[] = [],
): string {
  const hints = preloads.map((href) => `<link rel="modulepreload" href="${escapeMarkup(href)}">\n`);
  const entry = widget
    ? `<script type="module" src="/widget/v1/inserjeunes-indicateurs.js"></script>\n${hints.join('')}`
    : '';
  return `<!doctype html>
<html lang="${escapeMarkup(lang)}"${theme === null ? '' : ` data-theme="${theme}"`}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeMarkup(title)}</title>
<link rel="stylesheet" href="/widget/v1/embed.css">
${entry}<script type="module" src="/widget/v1/embed-frame.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The page an iframe shows: the widget alone, its attributes from the checked query, and
 * the external script that tells the parent page its height. No inline script. `preloads`
 * are the widget's chunks this widget will ask for, fetched alongside its script.
 */
export function embedPage(query: EmbedQuery, preloads: readonly string[] = []): string {
  const attributes: [string, string | null][] = [
    ['code', query.code],
    ['uai', query.uai],
    ['region', query.region],
    ['millesime', query.millesime],
    ['voie', query.voie],
    ['audience', query.audience],
    ['lang', query.lang],
    ['heading-level', query.headingLevel === null ? null : String(query.headingLevel)],
    ['no-title', query.noTitle ? '' : null],
  ];
  const html = attributes
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeMarkup(value)}"`))
    .join('');
  const title = query.lang === 'en' ? 'InserJeunes indicators' : 'Indicateurs InserJeunes';
  return page(
    query.lang,
    title,
    `<inserjeunes-indicateurs${html}></inserjeunes-indicateurs>`,
    true,
    query.theme,
    preloads,
  );
}

/** What the iframe shows when its address is wrong: which parameter, and why. */
export function errorPage(message: string): string {
  return page('fr', 'Indicateurs InserJeunes', `<p>${escapeMarkup(message)}</p>`, false);
}
