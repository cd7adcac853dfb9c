import { Writable } from 'node:stream';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createKey } from '../keys/api-keys.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

const ROOT = '/compat/trajectoires-pro';
const BASE = `${ROOT}/api/inserjeunes`;
/** A JWT as the reference's login handed out (header.payload.signature, base64url). */
const OLD_JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwYXJ0ZW5haXJlIn0.c2lnbmF0dXJlLWRlLXJlZmVyZW5jZQ';

/**
 * What stands around the compatible routes: CORS, old keys and tokens read as anonymous,
 * rate limit and usage in the reference's error shape, caching, health and documentation.
 */
describe.each(testDbTargets())('the compatible base URL’s guards on $name', ({ open }) => {
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

  it('answers a CORS preflight asking for the key header and a token', async () => {
    const response = await app.request(`${BASE}/certifications/${S.cap}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://labonnealternance.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-api-key, authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const allowed = response.headers.get('Access-Control-Allow-Headers')?.toLowerCase() ?? '';
    expect(allowed).toContain('x-api-key');
    expect(allowed).toContain('authorization');
  });

  it('reads an old key, a token or ?apiKey= as anonymous, never a 401', async () => {
    for (const [path, headers] of [
      [`${BASE}/certifications/${S.cap}`, { 'X-API-Key': 'ancienne-cle-du-service-de-reference' }],
      [`${BASE}/certifications/${S.cap}`, { Authorization: `Bearer ${OLD_JWT}` }],
      [`${BASE}/certifications/${S.cap}?apiKey=ancienne-cle`, {}],
      [`${BASE}/certifications?apiKey=ancienne-cle&page=1`, {}],
    ] as const) {
      const { status, response } = await getJson(app, path, headers);
      expect(status, path).toBe(200);
      // Read as anonymous: a public answer (a partner's is private, with its RateLimit).
      expect(response.headers.get('Cache-Control'), path).toMatch(/^public/);
      expect(response.headers.get('RateLimit-Policy'), path).toBeNull();
    }
  });

  it('still knows a partner by a key of ours', async () => {
    const key = await createKey(db, 'Onisep compat', 5000);
    const { response } = await getJson(app, `${BASE}/certifications/${S.cap}`, {
      'X-API-Key': key,
    });
    expect(response.headers.get('RateLimit-Policy')).toBe('"partenaire";q=5000;w=60');
  });

  it('never writes a key sent in the query string to the logs', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = testApp(db, { logger: pino({ level: 'info' }, sink) });
    const response = await logged.request(
      `${BASE}/certifications/${S.cap}?apiKey=secret-de-partenaire-42`,
    );
    expect(response.status).toBe(200);
    expect(lines.join('')).toContain('/compat/trajectoires-pro/api/inserjeunes/certifications');
    expect(lines.join('')).not.toContain('secret-de-partenaire-42');
    await logged.close();
  });

  it('limits the rate per client and answers 429 in the reference’s shape', async () => {
    const limited = testApp(db, { anonymousPerMinute: 2 });
    for (let i = 0; i < 2; i++) {
      expect((await limited.request(`${BASE}/certifications/${S.cap}`)).status).toBe(200);
    }
    const { status, body, response } = await getJson(limited, `${BASE}/certifications/${S.cap}`);
    expect(status).toBe(429);
    expect(body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
    await limited.close();
  });

  it('counts the calls under the compatible route', async () => {
    const counted = testApp(db);
    await counted.request(`${BASE}/regionales/84/certifications/${S.cap}`, {
      headers: { Origin: 'https://www.parcoursup.example' },
    });
    await counted.flushUsage();
    const rows = await db.query<{ route: string; consommateur: string }>(
      "select route, consommateur from usage_quotidien where consommateur = 'www.parcoursup.example'",
    );
    expect(rows.map((row) => row.route)).toContain(
      '/compat/trajectoires-pro/api/inserjeunes/regionales/:region/certifications/:codes',
    );
    await counted.close();
  });

  it('makes lookups cacheable: ETag, Cache-Control and 304 on revalidation', async () => {
    const first = await app.request(`${BASE}/certifications/${S.cap}`);
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('Cache-Control')).toContain('public');
    const again = await app.request(`${BASE}/certifications/${S.cap}`, {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('answers the health check and the documentation page', async () => {
    const { status, body } = await getJson(app, `${ROOT}/api`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ healthcheck: { mongodb: true } });
    const doc = await app.request(`${ROOT}/api/doc`);
    expect(doc.status).toBe(200);
    expect(await doc.text()).toContain('/api/inserjeunes/regionales/:region/certifications/:codes');
  });

  it('gives old clients that log in a token nothing checks', async () => {
    const response = await app.request(`${BASE}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=partenaire&password=secret',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ token: expect.any(String) });
  });

  it('answers an unknown path under the base URL in the reference’s shape', async () => {
    const { status, body } = await getJson(app, `${BASE}/bcn`);
    expect(status).toBe(404);
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
  });
});
