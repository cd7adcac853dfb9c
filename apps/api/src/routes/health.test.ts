import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

describe.each(testDbTargets())('GET /api/healthz on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  it('says the database answers', async () => {
    const response = await createApp({ db }).request('/api/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', base: db.kind });
  });

  it('refuses query parameters it does not know', async () => {
    const response = await createApp({ db }).request('/api/healthz?verbose=1');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'parametre_inconnu' } });
  });

  it('answers 503 with Retry-After when the database is gone', async () => {
    const gone = await open();
    await gone.close();
    const response = await createApp({ db: gone }).request('/api/healthz');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'base_indisponible' } });
  });
});
