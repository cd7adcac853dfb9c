import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('GET /api on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await open();
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('points to the documentation, the OpenAPI document and the health check, which all answer', async () => {
    const { status, body } = await getJson<Record<string, string>>(app, '/api');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      documentation: '/api/docs',
      openapi: '/api/openapi.json',
      sante: '/api/healthz',
    });
    for (const link of [body.documentation, body.openapi, body.sante]) {
      expect((await app.request(link ?? '')).status, link).toBe(200);
    }
  });
});
