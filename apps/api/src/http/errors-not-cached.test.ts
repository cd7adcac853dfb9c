import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('error answers and caches on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('tells every cache not to keep an error, whatever its kind', async () => {
    const app = testApp(db, { anonymousPerMinute: 5 });
    const errors = [
      `/api/inserjeunes/certifications/${S.cap}?millesime=pas-un-millesime`,
      '/api/inserjeunes/certifications/99999999',
      '/api/pas-de-route-ici',
      `/api/inserjeunes/certifications/${S.cap}?inconnu=1`,
    ];
    for (const path of errors) {
      const response = await app.request(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
    }
    const posted = await app.request('/api/inserjeunes/certifications/x', { method: 'DELETE' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('Cache-Control')).toBe('no-store');
    // The limit counts per minute of the clock: should a minute end among these requests, a
    // few more reach it in the next one.
    let limited = await app.request(`/api/inserjeunes/certifications/${S.cap}`);
    for (let extra = 0; extra < 6 && limited.status !== 429; extra += 1) {
      limited = await app.request(`/api/inserjeunes/certifications/${S.cap}`);
    }
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Cache-Control')).toBe('no-store');
    // A figure is still cacheable.
    const other = testApp(db);
    const ok = await other.request(`/api/inserjeunes/certifications/${S.cap}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Cache-Control')).toMatch(/^public/);
    await app.close();
    await other.close();
  });
});
