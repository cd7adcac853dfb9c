import { DATA_SURROGATE_KEY } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

const PER_CLIENT = ['X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Set-Cookie'];
const ALLOWED_VARY = new Set(['accept-encoding', 'origin', 'x-api-key']);

describe.each(testDbTargets())('answers a CDN may keep, on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('vary only on what changes them, carry no header of their client and the data version as surrogate key', async () => {
    const app = testApp(db);
    const [row] = await db.query<{ version: string }>(
      `select max(id)::text || '.' || count(*)::text as version from import`,
    );
    const keys = `${DATA_SURROGATE_KEY} ${DATA_SURROGATE_KEY}-${row?.version.replace('.', '_')}`;
    for (const path of ['/api/inserjeunes/millesimes', '/api/inserjeunes/stats']) {
      for (let visit = 0; visit < 2; visit++) {
        const response = await app.request(path, { headers: { Origin: 'https://partenaire.fr' } });
        expect(response.status, path).toBe(200);
        expect(response.headers.get('Cache-Control'), path).toMatch(/^public, /);
        expect(response.headers.get('Surrogate-Key'), path).toBe(keys);
        expect(response.headers.get('Cache-Tag'), path).toBe(keys.replace(' ', ','));
        expect(response.headers.get('Access-Control-Allow-Origin'), path).toBe('*');
        for (const name of PER_CLIENT) {
          expect(response.headers.get(name), `${path} ${name}`).toBeNull();
        }
        const vary = (response.headers.get('Vary') ?? '').split(',').map((v) => v.trim());
        for (const name of vary.filter(Boolean)) {
          expect(ALLOWED_VARY.has(name.toLowerCase()), `${path} Vary ${name}`).toBe(true);
        }
        const again = await app.request(path, {
          headers: { 'If-None-Match': response.headers.get('ETag') ?? '' },
        });
        expect(again.status, path).toBe(304);
        expect(again.headers.get('Surrogate-Key'), path).toBe(keys);
      }
    }
    await app.close();
  });
});
