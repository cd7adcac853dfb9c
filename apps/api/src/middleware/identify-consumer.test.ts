import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysCommand } from '../keys/keys-command.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('API keys on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
  });
  afterAll(async () => {
    await db.close();
  });
  const path = `/api/inserjeunes/certifications/${S.cap}`;

  it('goes through its whole life: created by the command, accepted, revoked, refused', async () => {
    const app = testApp(db);
    const created = await keysCommand(['create', 'La', 'bonne', 'alternance'], db);
    expect(created.code).toBe(0);
    const key = created.out.map((line) => line.trim()).find((line) => line.startsWith('ij_'));
    expect(key).toMatch(/^ij_[0-9a-f]{8}_[\w-]{43}$/);
    const accepted = await app.request(path, { headers: { 'X-API-Key': key ?? '' } });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('RateLimit-Policy')).toContain('"partenaire"');

    const revoked = await keysCommand(['revoke', 'La bonne alternance'], db);
    expect(revoked.code).toBe(0);
    const refused = await app.request(path, { headers: { 'X-API-Key': key ?? '' } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'cle_invalide' } });
    await app.close();
  });

  it('refuses a wrong key rather than serving it anonymously', async () => {
    const app = testApp(db);
    for (const key of ['pas-une-cle', `ij_00000000_${'a'.repeat(43)}`]) {
      const response = await app.request(path, { headers: { 'X-API-Key': key } });
      expect(response.status).toBe(401);
    }
    await app.close();
  });

  it('refuses a key in the query string, with a clear message', async () => {
    const app = testApp(db);
    for (const name of ['api_key', 'apiKey', 'cle', 'x-api-key', 'token']) {
      const response = await app.request(`${path}?${name}=secret`);
      expect(response.status, name).toBe(400);
      const body = (await response.json()) as {
        error: { code: string; message: string; details: unknown };
      };
      expect(body.error.details).toEqual({ parametre: name });
      expect(body.error.message).toContain('X-API-Key');
    }
    await app.close();
  });
});
