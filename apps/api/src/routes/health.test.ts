import { Writable } from 'node:stream';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

describe.each(testDbTargets())('liveness and readiness on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  it('says the process and the database answer', async () => {
    const app = createApp({ db });
    for (const path of ['/api/healthz', '/api/readyz']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
      expect(await response.json(), path).toEqual({ status: 'ok', base: db.kind });
    }
    await app.close();
  });

  it('refuses query parameters it does not know', async () => {
    const response = await createApp({ db }).request('/api/healthz?verbose=1');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'parametre_inconnu' } });
  });

  it('when the database is gone, stays alive but says it is not ready (503, Retry-After)', async () => {
    const gone = await open();
    await gone.close();
    const app = createApp({ db: gone });
    expect((await app.request('/api/healthz')).status).toBe(200);
    const response = await app.request('/api/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'base_indisponible' } });
  });

  it('is never rate-limited, counted nor logged, however often it is asked', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const app = createApp({ db, logger, anonymousPerMinute: 2, usageFlushIntervalMs: 0 });
    const statuses = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await app.request('/api/healthz')).status);
      statuses.push((await app.request('/api/readyz')).status);
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(lines).toEqual([]);
    // Other routes are limited as before.
    const limited = [];
    for (let i = 0; i < 3; i++) limited.push((await app.request('/api')).status);
    expect(limited).toEqual([200, 200, 429]);
    await app.close();
  });
});
