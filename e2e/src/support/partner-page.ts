import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partnerFolder, partnerOrigin } from './origins.js';

export interface PartnerPageOptions {
  /** The page's language (`<html lang>`), which the widget follows when it has no `lang`. */
  lang?: 'fr' | 'en';
  title?: string;
  /** Extra markup for `<head>` (a style sheet, a script). */
  head?: string;
}

/**
 * Writes a page of a partner's site, served from the partner's origin, and returns its
 * address. `body` is what the partner pastes: the script tag and the element, or the iframe
 * and `embed.js`, exactly as documented.
 */
export function partnerPage(name: string, body: string, options: PartnerPageOptions = {}): string {
  const { lang = 'fr', title = 'Page d’un partenaire', head = '' } = options;
  const html = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
  if (!/^[\w-]+$/.test(name)) throw new Error(`nom de page invalide : ${name}`);
  writeFileSync(join(partnerFolder(), `${name}.html`), html);
  return `${partnerOrigin()}/${name}.html`;
}

/** Writes a stylesheet of the partner's own site and returns its address (same origin). */
export function partnerStylesheet(name: string, css: string): string {
  if (!/^[\w-]+$/.test(name)) throw new Error(`nom de feuille de style invalide : ${name}`);
  writeFileSync(join(partnerFolder(), `${name}.css`), css);
  return `${partnerOrigin()}/${name}.css`;
}
