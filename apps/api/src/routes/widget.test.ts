import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { widgetRoutes } from './widget.js';

const BIG_CHUNK = `export const chart=${JSON.stringify('x'.repeat(4000))};`;
let dist: string;
let empty: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'widget-dist-'));
  empty = mkdtempSync(join(tmpdir(), 'widget-empty-'));
  mkdirSync(join(dist, 'chunks'));
  writeFileSync(join(dist, 'inserjeunes-indicateurs.js'), 'import("./chunks/en-AbC123.js");');
  writeFileSync(join(dist, 'embed.js'), 'addEventListener("message",()=>{});');
  writeFileSync(join(dist, 'embed-frame.js'), 'parent.postMessage({},"*");');
  writeFileSync(join(dist, 'embed.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'chunks', 'en-AbC123.js'), 'export const templates={};');
  for (const chunk of [
    'figures-Fig12345',
    'superieur-Sup12345',
    'draw-employment-chart-Cha12345',
  ]) {
    writeFileSync(join(dist, 'chunks', `${chunk}.js`), 'export {};');
  }
  writeFileSync(join(dist, 'notes.txt'), 'not served');
  writeFileSync(join(dist, 'chunks', 'chart-Zz9.js'), BIG_CHUNK);
  // What the build's precompression step writes next to a file (a marker, to tell it apart).
  writeFileSync(join(dist, 'chunks', 'chart-Zz9.js.br'), brotliCompressSync(`${BIG_CHUNK}//br`));
});

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

const app = () => widgetRoutes({ distDir: dist });

describe('GET /widget/v1/*', () => {
  it('serves the entry as JavaScript, loadable from any site, with a short cache and an ETag', async () => {
    const response = await app().request('/widget/v1/inserjeunes-indicateurs.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(response.headers.get('ETag')).toMatch(/^"[\w-]{20,}"$/);
    expect(await response.text()).toBe('import("./chunks/en-AbC123.js");');
  });

  it('answers 304 when the browser already has this version', async () => {
    const first = await app().request('/widget/v1/embed.js');
    const etag = first.headers.get('ETag') ?? '';
    const again = await app().request('/widget/v1/embed.js', {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('serves the compressed form the build wrote, or one made once, as the client accepts', async () => {
    const path = '/widget/v1/chunks/chart-Zz9.js';
    const br = await app().request(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toBe('Accept-Encoding');
    expect(br.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const written = brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8');
    expect(written).toBe(`${BIG_CHUNK}//br`);
    const gzip = await app().request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(BIG_CHUNK);
    const plain = await app().request(path);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG_CHUNK);
    const again = await app().request(path, {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.get('ETag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(br.headers.get('ETag')).not.toBe(plain.headers.get('ETag'));
    const small = await app().request('/widget/v1/embed.js', {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(small.headers.get('Content-Encoding')).toBeNull();
  });

  it('caches hashed chunks for a year, immutable', async () => {
    const response = await app().request('/widget/v1/chunks/en-AbC123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
  });

  it('serves the embed page stylesheet as CSS', async () => {
    const response = await app().request('/widget/v1/embed.css');
    expect(response.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    '/widget/v1/../package.json',
    '/widget/v1/%2e%2e/%2e%2e/package.json',
    '/widget/v1/chunks/..%2f..%2fetc.js',
    '/widget/v1/notes.txt',
    '/widget/v1/missing.js',
  ])(
    'answers 404 for %s (nothing outside the build, nothing but scripts and styles)',
    async (path) => {
      const response = await app().request(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('not served');
    },
  );

  it('answers 503 telling how to build when the bundle is not built', async () => {
    const response = await widgetRoutes({ distDir: empty }).request(
      '/widget/v1/inserjeunes-indicateurs.js',
    );
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('pnpm --filter @inserjeunes/widget build');
  });
});

describe('GET /embed', () => {
  it('holds only the widget, with the checked parameters as attributes', async () => {
    const response = await app().request(
      '/embed?code=40025214&uai=0010001w&region=35000&audience=3eme&lang=en&heading-level=3&no-title=true&utm_source=x',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(
      '<inserjeunes-indicateurs code="40025214" uai="0010001W" region="35000" audience="3eme" lang="en" heading-level="3" no-title></inserjeunes-indicateurs>',
    );
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('utm_source');
  });

  it.each(['sombre', 'clair', 'auto', 'dsfr'])(
    'names the look asked by theme=%s on the page, for its stylesheet',
    async (theme) => {
      const response = await app().request(`/embed?code=40025214&theme=${theme}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`<html lang="fr" data-theme="${theme}">`);
    },
  );

  it('asks for the chunks its widget will need with the script: figures, and the view of higher education but not its chart', async () => {
    const preloads = async (query: string) =>
      (
        (await (await app().request(`/embed?${query}`)).text()).match(
          /<link rel="modulepreload" href="[^"]+">/g,
        ) ?? []
      ).map((link) => link.replace(/^.*href="\/widget\/v1\/chunks\/|\.js">$/g, ''));
    expect(await preloads('code=40025214')).toEqual(['figures-Fig12345']);
    expect(await preloads('code=40025214&lang=en')).toEqual(['figures-Fig12345', 'en-AbC123']);
    expect(await preloads('code=2400074')).toEqual(['figures-Fig12345', 'superieur-Sup12345']);
    expect(await preloads('code=2400074&audience=lycee')).toEqual(['figures-Fig12345']);
  });

  it('can be framed by any site, runs only its own external scripts', async () => {
    const response = await app().request('/embed?code=40025214');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain('frame-ancestors *');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers.get('X-Frame-Options')).toBeNull();
    const html = await response.text();
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual([
      '<script type="module" src="/widget/v1/inserjeunes-indicateurs.js">',
      '<script type="module" src="/widget/v1/embed-frame.js">',
    ]);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it.each([
    ['', 'code'],
    ['?code=123', 'code'],
    ['?code=40025214&uai=0010001X', 'uai'],
    ['?code=40025214&region=99', 'region'],
    ['?code=40025214&millesime=2023_2021', 'millesime'],
    ['?code=40025214&voie=alternance', 'voie'],
    ['?code=40025214&audience=college', 'audience'],
    ['?code=40025214&lang=de', 'lang'],
    ['?code=40025214&heading-level=9', 'heading-level'],
    ['?code=40025214&theme=rose', 'theme'],
  ])('answers 400 naming the parameter for %s', async (query, name) => {
    const response = await app().request(`/embed${query}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(`paramètre « ${name} » invalide`);
  });

  it('escapes what it repeats of a wrong parameter', async () => {
    const attack = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const response = await app().request(`/embed?code=40025214&uai=${attack}`);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).not.toContain('<img');
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });

  it('answers 503 telling how to build when the bundle is not built', async () => {
    const response = await widgetRoutes({ distDir: empty }).request('/embed?code=40025214');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('pnpm --filter @inserjeunes/widget build');
  });
});

describe.each(testDbTargets())('mounted in the API ($name)', ({ open }) => {
  it('serves the build its configuration names, and says it is missing when none is named', async () => {
    const db = await open();
    try {
      const configured = createApp({ db, widgetDist: dist });
      const script = await configured.request('/widget/v1/inserjeunes-indicateurs.js');
      expect(script.status).toBe(200);
      expect(await script.text()).toContain('chunks/en-AbC123.js');
      const unconfigured = await createApp({ db }).request('/widget/v1/inserjeunes-indicateurs.js');
      expect(unconfigured.status).toBe(503);
      expect(await unconfigured.text()).toContain('pnpm --filter @inserjeunes/widget build');
    } finally {
      await db.close();
    }
  });

  it('serves the script and the embed page with their own cross-origin and framing headers', async () => {
    const db = await open();
    try {
      const api = createApp({ db });
      const script = await api.request('/widget/v1/inserjeunes-indicateurs.js');
      expect([200, 503]).toContain(script.status);
      expect(script.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(script.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
      const embed = await api.request('/embed?code=40025214');
      expect(embed.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
      expect(embed.headers.get('X-Frame-Options')).toBeNull();
    } finally {
      await db.close();
    }
  });
});
