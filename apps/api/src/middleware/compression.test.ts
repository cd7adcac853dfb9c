import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

const decode = async (response: Response): Promise<string> => {
  const bytes = Buffer.from(await response.arrayBuffer());
  const coding = response.headers.get('Content-Encoding');
  if (coding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (coding === 'gzip') return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
};

describe.each(testDbTargets())('compressed answers on $name', ({ open }) => {
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
  const figures = `/api/inserjeunes/certifications/${S.cap},${S.bacPro}`;
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers });

  it('negotiates Brotli or gzip per request, and the bodies decompress to the same JSON', async () => {
    const plain = await get(figures);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Vary')).toBe('X-API-Key, Accept-Encoding');
    const json = JSON.parse(await plain.text());
    expect(Object.keys(json).length).toBeGreaterThan(0);
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ]) {
      // Twice: computed, then served from the cache with the variant made once.
      for (const cache of ['hit', 'hit']) {
        const response = await get(figures, { 'Accept-Encoding': accept ?? '' });
        expect(response.headers.get('Content-Encoding'), accept).toBe(coding);
        expect(response.headers.get('X-Cache')).toBe(cache);
        expect(response.headers.get('Vary')).toContain('Accept-Encoding');
        expect(JSON.parse(await decode(response))).toEqual(json);
      }
    }
  });

  it('sends nothing compressed to a client that does not accept it', async () => {
    for (const accept of ['identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const response = await get(figures, { 'Accept-Encoding': accept });
      expect(response.headers.get('Content-Encoding'), accept).toBeNull();
      expect(JSON.parse(await response.text())).toBeTypeOf('object');
    }
  });

  it('gives each coding its own ETag, and 304 to a client holding any of them', async () => {
    const plain = await get(figures);
    const br = await get(figures, { 'Accept-Encoding': 'br' });
    const etag = plain.headers.get('ETag') ?? '';
    expect(br.headers.get('ETag')).toBe(`${etag.slice(0, -1)}-br"`);
    const again = await get(figures, {
      'Accept-Encoding': 'br',
      'If-None-Match': br.headers.get('ETag') ?? '',
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(br.headers.get('ETag'));
    const fromPlain = await get(figures, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(fromPlain.status).toBe(304);
    expect(fromPlain.headers.get('ETag')).toBe(`${etag.slice(0, -1)}-gzip"`);
    const stale = await get(figures, { 'Accept-Encoding': 'br', 'If-None-Match': '"0-autre-br"' });
    expect(stale.status).toBe(200);
  });

  it('compresses CSV exports and HTML pages too', async () => {
    for (const path of ['/api/inserjeunes/certifications.csv', '/api/docs']) {
      const plain = await get(path);
      const br = await get(path, { 'Accept-Encoding': 'br' });
      expect(br.headers.get('Content-Encoding'), path).toBe('br');
      expect(br.headers.get('Content-Type'), path).toBe(plain.headers.get('Content-Type'));
      // Byte for byte: the CSV starts with a byte order mark that `text()` would drop.
      expect(await decode(br), path).toBe(await decode(plain));
    }
  });

  it('compresses the coverage check as CSV, and keeps its JSON answer streaming', async () => {
    const check = (format: string) =>
      app.request(`/api/inserjeunes/couverture?format=${format}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', 'Accept-Encoding': 'gzip, br' },
        body: [
          'Libellé;UAI;Code_Certification',
          ...Array(40).fill(`Cuisine;${S.lyon};${S.cap}`),
        ].join('\n'),
      });
    const csv = await check('csv');
    expect(csv.headers.get('Content-Encoding')).toBe('br');
    expect((await decode(csv)).split('\n').length).toBeGreaterThan(40);
    const json = await check('json');
    expect(json.status).toBe(200);
    expect(json.headers.get('Content-Encoding')).toBeNull();
    expect(JSON.parse(await json.text())).toBeTypeOf('object');
  });

  it('leaves small answers and errors as they are', async () => {
    const small = await get('/api', { 'Accept-Encoding': 'br' });
    expect(small.headers.get('Content-Encoding')).toBeNull();
    const missing = await get('/api/inserjeunes/certifications/99999999', {
      'Accept-Encoding': 'br',
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Encoding')).toBeNull();
  });

  it('gives an anonymous compressed answer the common headers and none of its client’s', async () => {
    const response = await get(figures, { 'Accept-Encoding': 'br', Origin: 'https://a.example' });
    expect(response.headers.get('X-Request-Id')).toBeNull();
    expect(response.headers.get('RateLimit')).toBeNull();
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
