import { Hono } from 'hono';
import { GalleryFiles } from '../gallery/gallery-files.js';
import { missingPage, notBuiltPage } from '../gallery/gallery-pages.js';
import type { ApiEnv } from '../http/api-env.js';
import { fileVariant } from '../http/static-codings.js';
import { gallerySimulationRoutes } from './gallery-simulation.js';

/** Gallery pages run only their own scripts, load the widget from here, and frame /embed. */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Hashed assets never change under their name; pages are revalidated on every visit. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=300';

/** Paths the API, the widget and the embed page answer: never gallery pages. */
const RESERVED = /^\/(api|widget|galerie-simulation)(\/|$)|^\/embed(\/|$)/;

export interface GalleryRoutesOptions {
  /** Where the gallery's build lies (from the API's configuration); none: not built. */
  distDir?: string | undefined;
  /** How long the simulated slow API holds its answer. */
  slowMs?: number;
}

/**
 * The designers' gallery: the simulated failing and slow APIs its matrix points widgets
 * at, and its built pages (its data routes are declared with the API's).
 */
export function galleryRoutes(options: GalleryRoutesOptions = {}) {
  const app = new Hono<ApiEnv>();
  app.route('/galerie-simulation', gallerySimulationRoutes(options.slowMs));
  app.route('/', galleryPagesRoutes(options));
  return app;
}

/**
 * The gallery's built pages at `/` (`/matrice` is `matrice/index.html`), their hashed
 * assets cached for good, and a clear page when the gallery has not been built yet.
 */
export function galleryPagesRoutes(options: Pick<GalleryRoutesOptions, 'distDir'> = {}) {
  const files = new GalleryFiles(options.distDir);
  return new Hono().get('*', async (c) => {
    if (RESERVED.test(c.req.path)) return c.notFound();
    const html = {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PAGE_POLICY,
    };
    if (!(await files.built())) {
      return c.body(notBuiltPage(), 503, {
        ...html,
        'Retry-After': '30',
        'Cache-Control': 'no-store',
      });
    }
    const file = await files.get(c.req.path);
    if (file === null) return c.body(missingPage(), 404, { ...html, 'Cache-Control': 'no-store' });
    const isPage = file.type.startsWith('text/html');
    const variant = fileVariant(c, file);
    const headers: Record<string, string> = {
      ETag: variant.etag,
      ...(variant.headers.Vary ? { Vary: variant.headers.Vary } : {}),
      'Cache-Control': file.immutable ? IMMUTABLE : isPage ? REVALIDATE : SHORT,
      ...(isPage ? { 'Content-Security-Policy': PAGE_POLICY } : {}),
    };
    if (c.req.header('If-None-Match') === variant.etag) return c.body(null, 304, headers);
    return c.body(variant.body, 200, { ...headers, ...variant.headers, 'Content-Type': file.type });
  });
}
