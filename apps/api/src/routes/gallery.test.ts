import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';
import { galleryPagesRoutes } from './gallery.js';
import { gallerySimulationRoutes } from './gallery-simulation.js';

const BIG_CSS = Array.from({ length: 200 }, (_, i) => `.c${i}{margin:${i}px}`).join('\n');
let dist: string;
let empty: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'gallery-dist-'));
  empty = mkdtempSync(join(tmpdir(), 'gallery-empty-'));
  mkdirSync(join(dist, 'matrice'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Accueil</title>');
  writeFileSync(join(dist, 'matrice', 'index.html'), '<!doctype html><title>Matrice</title>');
  writeFileSync(join(dist, 'assets', 'matrice-Ab12Cd.js'), 'console.log(1);');
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
  writeFileSync(join(dist, 'assets', 'galerie-Ef34Gh.css'), BIG_CSS);
  writeFileSync(join(tmpdir(), 'secret.txt'), 'not for the web');
});

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

const pages = () => galleryPagesRoutes({ distDir: dist });

describe('the gallery’s pages', () => {
  it('serves the home page as HTML, revalidated on each visit, under its own CSP', async () => {
    const response = await pages().request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-src 'self'");
    expect(await response.text()).toContain('<title>Accueil</title>');
  });

  it('serves a page by its address, with or without the final slash', async () => {
    for (const path of ['/matrice', '/matrice/', '/matrice/index.html']) {
      const response = await pages().request(path);
      expect([path, response.status]).toEqual([path, 200]);
      expect(await response.text()).toContain('<title>Matrice</title>');
    }
  });

  it('serves its files compressed to the clients that accept it, still immutable when hashed', async () => {
    const path = '/assets/galerie-Ef34Gh.css';
    const gzip = await pages().request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gzip.headers.get('Vary')).toBe('Accept-Encoding');
    expect(gzip.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(BIG_CSS);
    const plain = await pages().request(path);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG_CSS);
  });

  it('caches hashed assets for a year and other files briefly', async () => {
    const asset = await pages().request('/assets/matrice-Ab12Cd.js');
    expect(asset.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const robots = await pages().request('/robots.txt');
    expect(robots.headers.get('Cache-Control')).toBe('public, max-age=300');
  });

  it('answers 304 when the browser holds the same version', async () => {
    const first = await pages().request('/matrice');
    const again = await pages().request('/matrice', {
      headers: { 'If-None-Match': first.headers.get('ETag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers an unknown address with a 404 page pointing home', async () => {
    const response = await pages().request('/atelierr');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<a href="/">Retour à l’accueil de la galerie</a>');
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await pages().request(path);
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it('says how to build the gallery when it is not built', async () => {
    const response = await galleryPagesRoutes({ distDir: empty }).request('/');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(await response.text()).toContain('pnpm --filter @inserjeunes/gallery build');
  });
});

describe('the simulated APIs of the matrix', () => {
  it('answers like a server whose database is down', async () => {
    const response = await gallerySimulationRoutes().request(
      '/en-panne/api/inserjeunes/affichage/40025214?audience=3eme',
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error: { code: 'base_indisponible' } });
  });

  it('holds the answer, then sends the widget to the real route with its query', async () => {
    const response = await gallerySimulationRoutes(5).request(
      '/lente/api/inserjeunes/affichage/40025214?audience=lycee&widget=1.0.0',
    );
    expect(response.status).toBe(307);
    expect(response.headers.get('Location')).toBe(
      '/api/inserjeunes/affichage/40025214?audience=lycee&widget=1.0.0',
    );
  });

  it('sends the widget’s footer link to the real page about the data', async () => {
    const response = await gallerySimulationRoutes().request('/en-panne/donnees/lecteur');
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toBe('/donnees/lecteur');
  });

  it('stops holding when the browser gives up', async () => {
    const abort = new AbortController();
    const pending = gallerySimulationRoutes(600_000).request(
      new Request('http://localhost/lente/api/inserjeunes/affichage/40025214', {
        signal: abort.signal,
      }),
    );
    abort.abort();
    expect((await pending).status).toBe(307);
  });
});

describe.each(testDbTargets())('the gallery inside the API on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers `/` with an HTML page (the gallery, or how to build it)', async () => {
    const response = await app.request('/');
    expect([200, 503]).toContain(response.status);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('X-Frame-Options')).toBeNull();
  });

  it('leaves unknown API paths to the API’s JSON errors', async () => {
    const response = await app.request('/api/inconnue');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'non_trouve' } });
  });

  it('serves its data routes under the API’s rules (counted, limited, cached)', async () => {
    const response = await app.request(`/api/inserjeunes/diplomes?q=${S.cap}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).not.toBeNull();
    expect(response.headers.get('Cache-Control')).toMatch(/^public/);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('documents its data routes in the OpenAPI description', async () => {
    const response = await app.request('/api/openapi.json');
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/inserjeunes/diplomes', '/api/galerie/exemples']),
    );
  });
});
