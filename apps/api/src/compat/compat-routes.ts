import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { sendHtml, sendJson, sendText } from '../http/send-body.js';
import type { Place } from '../read-model/compatible-answer.js';
import { COMPAT_DOC_CSP, compatDocPage } from './compat-doc-page.js';
import { CompatError } from './compat-error.js';
import { compatList } from './compat-lists.js';
import {
  type CompatLookupRequest,
  type CompatLookupResult,
  compatLookup,
} from './compat-lookup.js';
import {
  type CompatParamName,
  type CompatParams,
  readCompatParams,
  unsupportedExtension,
} from './compat-params.js';
import type { CompatSource } from './compat-source.js';
import { fromApiFailure, isApiFailure } from './from-api-failure.js';
import { type ReferenceListName, referenceCsv } from './reference-csv.js';

/** The base URL under which the reference service's public contract is answered. */
export const COMPAT_BASE = '/compat/trajectoires-pro';

/** What a `.svg` request hands the image renderer: the JSON route's answer, or its error. */
export interface CompatImageRequest {
  route: CompatLookupRequest['route'];
  params: CompatParams;
  result: CompatLookupResult;
}

/** Draws the reference's images (`….svg`); the compatible routes answer 404 to them without one. */
export type CompatImageRenderer = (
  c: Context<ApiEnv>,
  request: CompatImageRequest,
) => Response | Promise<Response>;

export interface CompatOptions {
  /** Run before every route: who calls, usage counts, rate limit. */
  middleware?: readonly MiddlewareHandler<ApiEnv>[] | undefined;
  /** Makes data GETs cacheable (ETag, Cache-Control), as the API's own. */
  cache?: MiddlewareHandler<ApiEnv> | undefined;
  /** Turns an unexpected failure into our error (500, or 503 when the database is away). */
  unexpected?: ((error: Error, c: Context<ApiEnv>) => Promise<Response>) | undefined;
  /** The `.svg` routes' drawing. */
  images?: CompatImageRenderer | undefined;
}

const LOOKUP: readonly CompatParamName[] = ['millesime', 'vue'];
const IMAGE: readonly CompatParamName[] = ['direction', 'theme', 'imageOnError'];
const LISTS: Record<ReferenceListName, readonly CompatParamName[]> = {
  certifications: ['millesimes', 'code_certifications', 'page', 'items_par_page'],
  regionales: [
    'millesimes',
    'code_certifications',
    'regions',
    'academies',
    'page',
    'items_par_page',
  ],
  formations: [
    'millesimes',
    'code_certifications',
    'regions',
    'academies',
    'uais',
    'page',
    'items_par_page',
  ],
};

/** `name.ext` → [name, ext]; no dot → [name, undefined]. */
function splitExtension(segment: string): [string, string | undefined] {
  const dot = segment.lastIndexOf('.');
  return dot < 0 ? [segment, undefined] : [segment.slice(0, dot), segment.slice(dot + 1)];
}

/**
 * The reference service's public contract, answered from our data: its paths, parameters,
 * shapes, value conventions, errors and CSV, so a partner switches by changing the base
 * URL. Errors keep its shape `{ statusCode, error, message, data?, details? }`.
 */
export function compatRoutes(source: CompatSource, options: CompatOptions = {}) {
  const app = new Hono<ApiEnv>();
  const cache: MiddlewareHandler<ApiEnv> = options.cache ?? ((_, next) => next());
  for (const middleware of options.middleware ?? []) app.use('*', middleware);

  app.get('/api', async (c) => {
    readCompatParams(c, []);
    const healthy = await source.healthy();
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        version: '1.0.0',
        env: 'production',
        healthcheck: { mongodb: healthy, base_de_donnees: healthy },
      },
      healthy ? 200 : 503,
    );
  });
  app.get('/api/doc', (c) =>
    sendHtml(c, compatDocPage(), { 'Content-Security-Policy': COMPAT_DOC_CSP }),
  );
  app.get('/api/doc/*', (c) => c.redirect(`${COMPAT_BASE}/api/doc`, 301));
  // Old clients log in before they call: they get a token that nothing checks.
  app.post('/api/inserjeunes/auth/login', (c) => c.json({ token: 'acces-anonyme' }));

  async function lookup(
    c: Context<ApiEnv>,
    route: CompatLookupRequest['route'],
    last: string,
    place: (params: CompatParams, path: string) => Place,
    pathParams: (name: string) => Partial<Record<CompatParamName, string>>,
  ) {
    const [name, ext] = splitExtension(last);
    if (ext !== undefined && ext !== 'svg') throw unsupportedExtension(ext, ['svg']);
    const image = ext === 'svg';
    const params = readCompatParams(c, image ? [...LOOKUP, ...IMAGE] : LOOKUP, pathParams(name));
    const codes =
      params.codes_certifications ?? (params.code_certification ? [params.code_certification] : []);
    const result = await compatLookup(source, {
      route,
      place: place(params, name),
      codes,
      millesime: params.millesime,
      vue: params.vue,
    });
    if (image) {
      if (options.images === undefined) throw new CompatError(404, 'Not Found');
      return options.images(c, { route, params, result });
    }
    if (!result.ok) throw result.error;
    return sendJson(c, result.body);
  }

  app.get('/api/inserjeunes/certifications/:codes', cache, (c) =>
    lookup(
      c,
      'certifications',
      c.req.param('codes'),
      () => ({ scope: 'national' }),
      (codes) => ({
        codes_certifications: codes,
      }),
    ),
  );
  app.get('/api/inserjeunes/regionales/:region/certifications/:codes', cache, (c) =>
    lookup(
      c,
      'regionales',
      c.req.param('codes'),
      (params) => {
        if (params.region === undefined) throw new CompatError(400, 'Erreur de validation');
        return { scope: 'regional', region: params.region };
      },
      (codes) => ({ region: c.req.param('region'), codes_certifications: codes }),
    ),
  );
  app.get('/api/inserjeunes/formations/:formation', cache, (c) =>
    lookup(
      c,
      'formations',
      c.req.param('formation'),
      (params) => ({ scope: 'formation', uai: params.uai ?? '' }),
      (formation) => {
        const dash = formation.indexOf('-');
        return dash < 0
          ? { uai: formation, code_certification: '' }
          : { uai: formation.slice(0, dash), code_certification: formation.slice(dash + 1) };
      },
    ),
  );

  async function listRoute(
    c: Context<ApiEnv>,
    list: ReferenceListName,
    segment: string,
    region?: string,
  ) {
    const [name, ext = 'json'] = splitExtension(segment);
    if (name !== list) throw new CompatError(404, 'Not Found');
    if (ext !== 'json' && ext !== 'csv') throw unsupportedExtension(ext, ['json', 'csv']);
    const params = readCompatParams(c, LISTS[list], region === undefined ? {} : { region });
    const { items, pagination } = await compatList(source, list, params, {
      region: params.region,
      all: ext === 'csv',
    });
    if (ext === 'csv') {
      const day = new Date().toISOString().slice(0, 10);
      return sendText(c, referenceCsv(list, items), {
        'Content-Type': 'text/csv; charset=UTF-8',
        'Content-Disposition': `attachment; filename=export-${day}.csv`,
      });
    }
    return sendJson(c, { [list]: items, pagination });
  }

  app.get('/api/inserjeunes/regionales/:region', cache, (c) => {
    const [region, ext] = splitExtension(c.req.param('region'));
    return listRoute(
      c,
      'regionales',
      ext === undefined ? 'regionales' : `regionales.${ext}`,
      region,
    );
  });
  app.get('/api/inserjeunes/:list', cache, (c) => {
    const segment = c.req.param('list');
    const [name] = splitExtension(segment);
    if (name !== 'certifications' && name !== 'regionales' && name !== 'formations') {
      throw new CompatError(404, 'Not Found');
    }
    return listRoute(c, name, segment);
  });

  app.all('*', () => {
    throw new CompatError(404, 'Not Found');
  });

  app.onError(async (error, c) => {
    let failure: CompatError;
    if (error instanceof CompatError) failure = error;
    else if (isApiFailure(error)) failure = fromApiFailure(error);
    else failure = await unexpected(error, c, options.unexpected);
    for (const [name, value] of Object.entries(failure.headers)) c.header(name, value);
    return c.json(failure.toJSON(), failure.status as 400);
  });
  return app;
}

/** An unexpected failure, classified by the API's own error path and put in the reference's shape. */
async function unexpected(
  error: Error,
  c: Context<ApiEnv>,
  handler: CompatOptions['unexpected'],
): Promise<CompatError> {
  if (handler === undefined) return new CompatError(500, 'An internal server error occurred');
  const response = await handler(error, c);
  const headers = Object.fromEntries(
    [...response.headers.entries()].filter(([name]) => name.toLowerCase() === 'retry-after'),
  );
  const status = response.status;
  return new CompatError(
    status,
    status === 503 ? 'Service Unavailable' : 'An internal server error occurred',
    { headers },
  );
}
