import { type Affichage, inferAudience, LANGS, type Lang } from '@inserjeunes/contract';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { ApiEnv } from '../http/api-env.js';
import { ApiFailure } from '../http/api-failure.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { parsedParam } from '../http/parsed-param.js';
import { readCodes } from '../http/path-params.js';
import { queryParams } from '../http/query-params.js';
import type { QueryParam } from '../http/read-query.js';
import { sendText } from '../http/send-body.js';
import type { RouteDeps } from '../routes/route-deps.js';
import {
  type AffichageImageOptions,
  affichageImageModel,
  messageImageModel,
} from './affichage-image-model.js';
import { drawImageSvg } from './draw-image-svg.js';
import { IMAGE_PALETTES, IMAGE_THEMES, type ImageTheme } from './image-palette.js';
import type { ImageSources } from './image-sources.js';
import { IMAGE_WORDS } from './image-words.js';
import { renderPng } from './render-png.js';
import { RenderQueue } from './render-queue.js';

const DEFAULT_WIDTH = 480;
const MIN_WIDTH = 280;
const MAX_WIDTH = 1000;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string) =>
    (values as readonly string[]).includes(raw)
      ? { ok: true as const, value: raw as T }
      : { ok: false as const, reason: `attendu ${values.join(', ')}` };

const imageQuery = {
  uai: queryParams.uai,
  region: queryParams.region,
  millesime: queryParams.millesime,
  voie: queryParams.voie,
  audience: {
    ...queryParams.audience,
    description: 'Lecteur : 3eme, lycee ou superieur. Par défaut celui que le diplôme appelle.',
  },
  widget: queryParams.widget,
  lang: {
    description: 'Langue de l’image : fr (par défaut) ou en.',
    schema: parsedParam(oneOf(LANGS)),
  } satisfies QueryParam<Lang>,
  theme: {
    description: 'Apparence : sobre (par défaut), etat (couleurs de l’État) ou sombre.',
    schema: parsedParam(oneOf(IMAGE_THEMES)),
  } satisfies QueryParam<ImageTheme>,
  largeur: {
    description: `Largeur en pixels, de ${MIN_WIDTH} à ${MAX_WIDTH} (${DEFAULT_WIDTH} par défaut) ; la hauteur suit le contenu. Le PNG est deux fois plus grand.`,
    schema: parsedParam((raw: string) => {
      const value = Number(raw);
      return /^[0-9]+$/.test(raw) && value >= MIN_WIDTH && value <= MAX_WIDTH
        ? { ok: true as const, value }
        : { ok: false as const, reason: `attendu un entier de ${MIN_WIDTH} à ${MAX_WIDTH}` };
    }),
  } satisfies QueryParam<number>,
};

/** The API's default policy (nothing loads, nothing runs) suits an image opened on its own. */
const SVG_HEADERS = { 'Content-Type': 'image/svg+xml; charset=utf-8' };

/** Why there is nothing to draw, for the failures a reader can meet with a valid request. */
function failureMessage(failure: ApiFailure, lang: Lang, millesime: string | undefined) {
  const words = IMAGE_WORDS[lang];
  switch (failure.code) {
    case 'code_inconnu':
      return words.unknownCode;
    case 'millesime_indisponible':
      return words.noMillesime(millesime ?? '');
    case 'donnees_indisponibles':
      return words.noData.non_publie;
    default:
      return null;
  }
}

async function send(c: Context<ApiEnv>, svg: string, format: 'svg' | 'png', queue: RenderQueue) {
  if (format === 'svg') return sendText(c, svg, SVG_HEADERS);
  return c.body(await queue.run(() => renderPng(svg)), 200, { 'Content-Type': 'image/png' });
}

/**
 * `GET /affichage/:codes.svg` and `.png`: what the widget shows, as an image for mails,
 * documents and pages without scripts. Same parameters and same answer as the widget's
 * route, drawn for an audience, a language, a theme and a width. An unknown code or a
 * missing millésime is drawn too, with status 200: mail clients and their image proxies
 * show nothing of an image answered 404, and the reader should learn why there are no
 * figures (ADR 18). A bad parameter is the usual JSON error, for the partner's developer.
 */
export function affichageImageRoutes(deps: RouteDeps, sources: ImageSources): ApiRoute[] {
  // One PNG drawn at a time per process; a few more wait (see RenderQueue).
  const queue = new RenderQueue(1, 16);
  const codesDescription =
    'Un ou plusieurs codes (CFD, MEFSTAT11, SISE) séparés par « , » ou « | ».';
  return (['svg', 'png'] as const).map((format) =>
    defineRoute({
      method: 'get',
      path: `/affichage/:image{[^/]+\\.${format}}`,
      operationId: `affichage_${format}`,
      summary:
        format === 'svg'
          ? 'Ce que montre le widget, en image SVG'
          : 'Ce que montre le widget, en image PNG',
      description:
        'Pour les courriels, les documents et les pages sans script : les mêmes chiffres que la route du widget, dessinés pour un lecteur (audience), une langue, une apparence et une largeur. Le SVG est du vrai texte, avec un titre et une description qui disent les chiffres en une phrase ; le PNG est rendu depuis le même SVG. Un code inconnu ou un millésime absent donne aussi une image qui le dit (statut 200, pour que les courriels l’affichent).',
      tag: 'Widget',
      documented: {
        path: `/affichage/{codes}.${format}`,
        params: { codes: { description: codesDescription } },
      },
      params: {
        image: {
          description: codesDescription,
          read: (raw: string) => readCodes(raw.slice(0, -4)),
        },
      },
      query: imageQuery,
      responses: {
        200: {
          description: format === 'svg' ? 'Image SVG' : 'Image PNG',
          content: { [format === 'svg' ? 'image/svg+xml' : 'image/png']: z.string() },
        },
      },
      errors: [400, 404, 429, 503],
      use: [deps.cached],
      handler: async (c, { params, query }) => {
        const codes = params.image;
        const lang = query.lang ?? 'fr';
        const palette = IMAGE_PALETTES[query.theme ?? 'sobre'];
        const width = query.largeur ?? DEFAULT_WIDTH;
        let affichage: Affichage;
        try {
          affichage = await sources.affichage({
            codes,
            uai: query.uai,
            region: query.region,
            millesime: query.millesime,
            voie: query.voie,
          });
        } catch (error) {
          if (!(error instanceof ApiFailure)) throw error;
          const message = failureMessage(error, lang, query.millesime);
          if (message === null) throw error;
          const [first] = codes;
          const audience = query.audience ?? (first === undefined ? '3eme' : inferAudience(first));
          const options: AffichageImageOptions = { audience, lang };
          const model = messageImageModel(message, { ...options, libelle: null });
          return send(c, drawImageSvg(model, { palette, width }), format, queue);
        }
        const options = { audience: query.audience ?? affichage.audience_suggeree, lang };
        const svg = drawImageSvg(affichageImageModel(affichage, options), { palette, width });
        return send(c, svg, format, queue);
      },
    }),
  );
}
