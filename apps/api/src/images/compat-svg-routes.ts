import type { Scope } from '@inserjeunes/contract';
import { type Context, Hono } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { ApiFailure } from '../http/api-failure.js';
import { parsedParam } from '../http/parsed-param.js';
import { readCodes, readRegion, readUai } from '../http/path-params.js';
import { queryParams } from '../http/query-params.js';
import { type QueryParam, readQuery } from '../http/read-query.js';
import { sendText } from '../http/send-body.js';
import type { Place } from '../read-model/read-model.js';
import type { RouteDeps } from '../routes/route-deps.js';
import {
  type CompatImageOptions,
  compatErrorModel,
  compatImageModel,
  compatNoFigureReason,
} from './compat-image-model.js';
import { type CompatSvgFailure, compatSvgFailure, noDataAvailable } from './compat-svg-failure.js';
import { drawImageSvg } from './draw-image-svg.js';
import { COMPAT_PALETTES } from './image-palette.js';
import type { ImageSources } from './image-sources.js';

const choice = <T extends string>(values: readonly T[], description: string): QueryParam<T> => ({
  description,
  schema: parsedParam((raw) =>
    (values as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, reason: `attendu ${values.join(', ')}` },
  ),
});

/** The reference's parameters of its image routes; `apiKey` is accepted and never read. */
const compatSvgQuery = {
  millesime: queryParams.millesime,
  vue: queryParams.vue,
  theme: choice(['dsfr', 'lba'] as const, 'Apparence : dsfr (par défaut) ou lba.'),
  direction: choice(
    ['vertical', 'horizontal'] as const,
    'Disposition : vertical (par défaut) ou horizontal.',
  ),
  imageOnError: choice(
    ['true', 'false', 'empty'] as const,
    'En cas d’erreur : image (true), image vide (empty) ou erreur JSON (false, par défaut).',
  ),
  apiKey: {
    description: 'Ancienne clé d’API : ignorée.',
    schema: parsedParam(() => ({ ok: true, value: null })),
  } satisfies QueryParam<null>,
};

/** The reference's widths: a column, or a band across a page. */
const WIDTHS: Record<
  CompatImageOptions['theme'],
  Record<CompatImageOptions['direction'], number>
> = {
  dsfr: { vertical: 320, horizontal: 720 },
  lba: { vertical: 328, horizontal: 882 },
};

/** The API's default policy (nothing loads, nothing runs) suits an image opened on its own. */
const SVG_HEADERS = { 'Content-Type': 'image/svg+xml; charset=utf-8' };

const EMPTY_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"><rect width="1" height="1" fill="#fff"/></svg>';

type ReadPlace = (c: Context<ApiEnv>) => { place: Place; codes: string };

/**
 * The reference service's image routes under the compatible base URL (`….svg` on its three
 * single routes): the figures of the JSON route, drawn our way. Failures answer as the
 * reference did: its JSON error by default, with `imageOnError=true` an image saying why,
 * with `imageOnError=empty` a blank pixel. Mount before the compatible JSON routes, whose
 * `:codes` would take `12345678.svg` for a code.
 */
export function compatSvgRoutes(deps: RouteDeps, sources: ImageSources) {
  const group = new Hono<ApiEnv>();
  const handle = (scope: Scope, read: ReadPlace) => async (c: Context<ApiEnv>) => {
    let onError: 'true' | 'false' | 'empty' = 'false';
    try {
      const query = readQuery(c, compatSvgQuery);
      onError = query.imageOnError ?? 'false';
      const options: CompatImageOptions = {
        theme: query.theme ?? 'dsfr',
        direction: query.direction ?? 'vertical',
      };
      const { place, codes } = read(c);
      const answer = await sources.compatible({
        place,
        codes: readCodes(codes.slice(0, -'.svg'.length), 'codes_certifications'),
        millesime: query.millesime,
        vue: query.vue,
      });
      const model = compatImageModel(answer, scope, options);
      if (model === null) {
        return failed(c, noDataAvailable(compatNoFigureReason(answer)), onError, scope);
      }
      const width = WIDTHS[options.theme][options.direction];
      return sendText(
        c,
        drawImageSvg(model, { palette: COMPAT_PALETTES[options.theme], width }),
        SVG_HEADERS,
      );
    } catch (error) {
      const failure = error instanceof ApiFailure ? compatSvgFailure(error, scope) : null;
      if (failure === null) throw error;
      return failed(c, failure, onError, scope);
    }
  };
  const svg = ':codes{[^/]+\\.svg}';
  group.get(
    `/api/inserjeunes/certifications/${svg}`,
    deps.cached,
    handle('national', (c) => ({
      place: { scope: 'national' },
      codes: c.req.param('codes') ?? '',
    })),
  );
  group.get(
    `/api/inserjeunes/regionales/:region/certifications/${svg}`,
    deps.cached,
    handle('regional', (c) => ({
      place: { scope: 'regional', region: readRegion(c.req.param('region') ?? '') },
      codes: c.req.param('codes') ?? '',
    })),
  );
  group.get(
    '/api/inserjeunes/formations/:formation{[^/]+\\.svg}',
    deps.cached,
    handle('formation', (c) => {
      const raw = c.req.param('formation') ?? '';
      const dash = raw.indexOf('-');
      if (dash < 0)
        throw new ApiFailure(
          'parametre_invalide',
          'Paramètre « uai-code_certification » invalide : attendu UAI-code.',
          { parametre: 'uai-code_certification' },
        );
      return {
        place: { scope: 'formation', uai: readUai(raw.slice(0, dash)) },
        codes: raw.slice(dash + 1),
      };
    }),
  );
  return group;
}

function failed(
  c: Context<ApiEnv>,
  failure: CompatSvgFailure,
  onError: 'true' | 'false' | 'empty',
  scope: Scope,
): Response {
  // A request the reference refused is refused whatever `imageOnError` says, as it did.
  if (failure.status === 400 || onError === 'false') return c.json(failure.body, failure.status);
  if (onError === 'empty') return c.body(EMPTY_SVG, 200, SVG_HEADERS);
  const svg = drawImageSvg(compatErrorModel(scope, failure.reason), {
    palette: COMPAT_PALETTES.dsfr,
    width: 320,
  });
  return c.body(svg, 200, SVG_HEADERS);
}
