import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { sendHtml } from '../http/send-body.js';
import { type FileCodings, fileCodings, fileVariant } from '../http/static-codings.js';
import { embedPage, errorPage } from './widget-embed-page.js';
import { readEmbedQuery } from './widget-embed-query.js';
import { chunkPreloads } from './widget-preloads.js';

const ENTRY = 'inserjeunes-indicateurs.js';
const BUILD_HINT =
  'Le widget n’est pas construit : lancez « pnpm --filter @inserjeunes/widget build » (ou « pnpm start »).';

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
};
/** Stable names change content in place: short cache, revalidated with the ETag. */
const SHORT_CACHE = 'public, max-age=300';
/** Hashed chunks never change under their name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Loadable from any site: module scripts cross-origin need CORS, and CORP for COEP pages. */
const CROSS_ORIGIN = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * The embed page may be framed by any site, runs only our own scripts (no inline script),
 * and talks only to its own origin.
 */
const EMBED_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  codings: FileCodings;
  mtimeMs: number;
  size: number;
}

export interface WidgetRoutesOptions {
  /** Where the widget's build lies (from the API's configuration); none: not built. */
  distDir?: string | undefined;
}

/**
 * Serves the widget to partner sites: the script and its chunks under `/widget/v1/`, and
 * `/embed`, a page holding only the widget, for iframes.
 */
export function widgetRoutes({ distDir }: WidgetRoutesOptions = {}) {
  const root = distDir === undefined ? undefined : resolve(distDir);
  const assets = new Map<string, Asset>();

  async function load(path: string): Promise<Asset | null> {
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile()) return null;
    const known = assets.get(path);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    const body = new Uint8Array(await readFile(path));
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    const type = TYPES[/\.([a-z]+)$/.exec(path)?.[1] ?? ''] ?? '';
    const codings = await fileCodings(path, body, info.mtimeMs, type);
    const asset = { body, etag: `"${hash}"`, codings, mtimeMs: info.mtimeMs, size: info.size };
    assets.set(path, asset);
    return asset;
  }

  const built = async () => root !== undefined && (await load(join(root, ENTRY))) !== null;
  const preloads = root === undefined ? null : chunkPreloads(root);

  const app = new Hono<ApiEnv>();

  app.get('/widget/v1/*', async (c) => {
    const headers = { ...CROSS_ORIGIN, 'Content-Type': 'text/plain; charset=utf-8' };
    let name: string;
    try {
      name = decodeURIComponent(c.req.path.slice('/widget/v1/'.length));
    } catch {
      return c.body('Adresse mal formée', 404, headers);
    }
    const extension = /\.([a-z]+)$/.exec(name)?.[1] ?? '';
    const path = resolve(root ?? sep, name);
    if (
      !/^[\w.-]+(\/[\w.-]+)?$/.test(name) ||
      !path.startsWith((root ?? '') + sep) ||
      !TYPES[extension]
    ) {
      return c.body(`Fichier du widget inconnu : ${name}`, 404, headers);
    }
    if (!(await built())) return c.body(BUILD_HINT, 503, { ...headers, 'Retry-After': '30' });
    const asset = await load(path);
    if (asset === null) return c.body(`Fichier du widget inconnu : ${name}`, 404, headers);
    const cache = name.startsWith('chunks/') ? IMMUTABLE : SHORT_CACHE;
    const variant = fileVariant(c, asset);
    const { Vary, 'Content-Encoding': coding } = variant.headers;
    const common = {
      ...CROSS_ORIGIN,
      ...(Vary ? { Vary } : {}),
      'Cache-Control': cache,
      ETag: variant.etag,
    };
    if (c.req.header('If-None-Match') === variant.etag) return c.body(null, 304, common);
    return c.body(variant.body, 200, {
      ...common,
      ...(coding ? { 'Content-Encoding': coding } : {}),
      'Content-Type': TYPES[extension] ?? '',
    });
  });

  app.get('/embed', async (c) => {
    const headers = {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': EMBED_POLICY,
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    };
    const query = readEmbedQuery(new URL(c.req.url).searchParams);
    if (!query.ok) return c.html(errorPage(query.reason), 400, headers);
    if (!(await built())) return c.html(errorPage(BUILD_HINT), 503, headers);
    const entry = root === undefined ? null : await load(join(root, ENTRY));
    const hints = preloads && entry ? await preloads(entry.etag, query.value) : [];
    return sendHtml(c, embedPage(query.value, hints), {
      ...headers,
      'Cache-Control': SHORT_CACHE,
    });
  });

  return app;
}
