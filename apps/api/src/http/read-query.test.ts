import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

/** Inputs the fuzzer found answered 500; each must be a 400 naming the parameter. */
describe.each(testDbTargets())('query parameters the API cannot use, on $name', ({ open }) => {
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

  async function refused(path: string) {
    const response = await app.request(path);
    const body = (await response.json()) as {
      error: { code: string; message: string; details?: Record<string, unknown> };
    };
    return { status: response.status, ...body.error };
  }

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'refuses « %s » as an unknown parameter, like any other name',
    async (name) => {
      for (const path of ['/api', `/api/inserjeunes/certifications/${S.cap}`, '/api/healthz']) {
        const answer = await refused(`${path}?${name}=1`);
        expect(answer.status, path).toBe(400);
        expect(answer.code).toBe('parametre_inconnu');
        expect(answer.details?.parametre).toBe(name);
      }
    },
  );

  it('refuses control characters in a value, before they reach the database', async () => {
    for (const value of ['%00', 'a%00b', '%1F', '%7F']) {
      const answer = await refused(`/api/inserjeunes/stats?consommateur=${value}`);
      expect(answer.status).toBe(400);
      expect(answer.code).toBe('parametre_invalide');
      expect(answer.message).toMatch(/consommateur.*caractère de contrôle U\+00/);
    }
  });

  it('refuses a day that does not exist rather than letting the database fail on it', async () => {
    for (const day of ['2025-02-30', '2025-13-01', '2023-02-29']) {
      const answer = await refused(`/api/inserjeunes/stats?au=${day}`);
      expect(answer.status, day).toBe(400);
      expect(answer.details).toMatchObject({ parametre: 'au', valeur: day });
    }
    const leap = await app.request('/api/inserjeunes/stats?du=2024-02-29&au=2024-03-01');
    expect(leap.status).toBe(200);
  });
});
