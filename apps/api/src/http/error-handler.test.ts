import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { describe, expect, it } from 'vitest';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('errors the service did not choose on $name', ({ open }) => {
  it('answers 503 with Retry-After when the database is gone, and keeps serving cached figures', async () => {
    const db = await open();
    await seedScenario(db);
    const app = testApp(db, { probeIntervalMs: 60_000 });
    const cachedPath = `/api/inserjeunes/certifications/${S.cap}`;
    expect((await app.request(cachedPath)).status).toBe(200);
    await db.close();

    const response = await app.request(`/api/inserjeunes/formations/${S.lyon}-${S.capFinal}`);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'base_indisponible' } });
    expect((await app.request(cachedPath)).status).toBe(200);
    await app.close();
  });

  it('answers 503 when a query lost its connection, though the database answers again a moment later', async () => {
    const db = await open();
    await seedScenario(db);
    // What a query cut by a restart of PostgreSQL throws: the driver's error inside the query's.
    const cut: DbHandle = {
      ...db,
      async query(text, params) {
        if (text.includes('group by scope, filiere, millesime')) {
          const cause = Object.assign(
            new Error('terminating connection due to administrator command'),
            {
              code: '57P01',
            },
          );
          throw new Error('Failed query: select …', { cause });
        }
        return db.query(text, params);
      },
    };
    const app = testApp(cut);
    const response = await app.request('/api/inserjeunes/millesimes');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'base_indisponible' } });
    await app.close();
    await db.close();
  });

  it('answers 500 without any detail of the failure when a query fails but the database answers', async () => {
    const db = await open();
    await seedScenario(db);
    const failing: DbHandle = {
      ...db,
      async query(text, params) {
        if (text.includes('group by scope, filiere, millesime')) {
          throw new Error('relation « secrete » at Object.<anonymous> (/srv/app.js:1:1)');
        }
        return db.query(text, params);
      },
    };
    const app = testApp(failing);
    const response = await app.request('/api/inserjeunes/millesimes');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'erreur_interne' } });
    expect(text).not.toContain('secrete');
    expect(text).not.toContain('/srv/app.js');
    await app.close();
    await db.close();
  });
});
