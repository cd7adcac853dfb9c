import {
  type Lang,
  type Oembed,
  Oembed as OembedSchema,
  parseCertificationCode,
} from '@inserjeunes/contract';
import type { Context } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { invalidParameter } from '../http/api-failure.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { parsedParam } from '../http/parsed-param.js';
import type { QueryParam } from '../http/read-query.js';
import { sendJson } from '../http/send-body.js';
import type { RouteDeps } from './route-deps.js';
import { readEmbedQuery } from './widget-embed-query.js';

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 420;
const MIN_SIZE = 200;

const size = (name: string): QueryParam<number> => ({
  description: `${name} maximale en pixels (au moins ${MIN_SIZE}).`,
  schema: parsedParam((raw: string) =>
    /^[0-9]{1,5}$/.test(raw) && Number(raw) >= MIN_SIZE
      ? { ok: true as const, value: Number(raw) }
      : { ok: false as const, reason: `attendu un entier d’au moins ${MIN_SIZE}` },
  ),
});

const oembedQuery = {
  url: {
    description: 'L’adresse d’une page `/embed` de ce service, telle qu’un partenaire la colle.',
    schema: parsedParam((raw: string) => ({ ok: true as const, value: raw })),
  } satisfies QueryParam<string>,
  format: {
    description: 'Seul `json` est proposé (par défaut).',
    schema: parsedParam((raw: string) =>
      raw === 'json'
        ? { ok: true as const, value: raw }
        : { ok: false as const, reason: 'seul le format json est proposé' },
    ),
  } satisfies QueryParam<string>,
  maxwidth: size('Largeur'),
  maxheight: size('Hauteur'),
};

const TITLES: Record<Lang, string> = {
  fr: 'Que deviennent les anciens élèves de cette formation ?',
  en: 'What became of former students of this training',
};

/**
 * `GET /api/oembed?url=…&format=json`: an oEmbed `rich` answer for our `/embed` pages, so
 * a content-management system turns a pasted link into the sandboxed iframe and its
 * resizing script. The address must be this service's own `/embed` page with parameters
 * the widget accepts; anything else is a 400 naming what is wrong.
 */
export function oembedRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/oembed',
      operationId: 'oembed',
      summary: 'oEmbed pour les adresses /embed',
      description: `Pour les gestionnaires de contenu : une adresse \`/embed?code=…\` de ce service collée dans un article devient l’iframe du widget et le script qui ajuste sa hauteur. Réponse oEmbed 1.0 de type \`rich\` ; largeur ${DEFAULT_WIDTH} et hauteur ${DEFAULT_HEIGHT} par défaut, bornées par \`maxwidth\` et \`maxheight\`. Une adresse d’un autre site, une autre page ou un paramètre que le widget refuse donnent une erreur 400 qui dit pourquoi ; un code inconnu, une 404.`,
      tag: 'Widget',
      query: oembedQuery,
      responses: { 200: { description: 'oEmbed', content: { 'application/json': OembedSchema } } },
      errors: [400, 404, 429, 503],
      use: [deps.cached],
      handler: async (c, { query }) => {
        if (query.url === undefined) throw invalidParameter('url', 'obligatoire');
        const origin = new URL(c.req.url).origin;
        const embed = ourEmbed(query.url, origin);
        const read = readEmbedQuery(embed.searchParams);
        if (!read.ok) throw invalidParameter('url', read.reason, query.url);
        const codes = read.value.code.split(',').flatMap((raw) => {
          const parsed = parseCertificationCode(raw);
          return parsed.ok ? [parsed.value] : [];
        });
        // An unknown code answers 404 here rather than a frame that would say so.
        const affichage = await deps.readModel.affichage({ codes });
        const width = Math.min(query.maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
        const height = Math.min(query.maxheight ?? DEFAULT_HEIGHT, DEFAULT_HEIGHT);
        const title = TITLES[read.value.lang];
        const label = affichage.libelle_lisible ?? affichage.libelle;
        return sendOembed(c, {
          version: '1.0',
          type: 'rich',
          title: label === null ? title : `${title} — ${label}`,
          provider_name: 'InserJeunes',
          provider_url: origin,
          html: iframeHtml(embed.href, title, width, height, origin),
          width,
          height,
          cache_age: 86_400,
        });
      },
    }),
  ];
}

/** The pasted address as a URL, when it is this service's `/embed` page. */
function ourEmbed(raw: string, origin: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalidParameter('url', 'attendu une adresse complète (https://…/embed?code=…)', raw);
  }
  if (url.origin !== origin) {
    throw invalidParameter('url', `l’adresse doit être de ce service (${origin})`, raw);
  }
  if (url.pathname !== '/embed') {
    throw invalidParameter('url', 'seules les pages /embed s’intègrent', raw);
  }
  return url;
}

function sendOembed(c: Context<ApiEnv>, body: Oembed): Response {
  return sendJson(c, body);
}

function iframeHtml(src: string, title: string, width: number, height: number, origin: string) {
  const attr = (value: string) =>
    value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="${width}" height="${height}" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="width: 100%; max-width: ${width}px; height: ${height}px; border: 0"></iframe><script src="${attr(`${origin}/widget/v1/embed.js`)}" async></script>`;
}
