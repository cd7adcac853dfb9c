import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

const SVG = `/compat/trajectoires-pro/api/inserjeunes/certifications/${S.cap}.svg`;

describe.each(testDbTargets())('the compatible images’ guards on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('limits and counts image requests like the compatible JSON routes', async () => {
    const app = testApp(db, { anonymousPerMinute: 2, trustProxy: true });
    const from = { headers: { 'X-Forwarded-For': '198.51.100.77' } };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request(SVG, from)).status);
    expect(statuses).toEqual([200, 200, 429]);
    // Another client still gets its image.
    const other = await app.request(SVG, { headers: { 'X-Forwarded-For': '198.51.100.78' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('Content-Type')).toContain('image/svg+xml');
    await app.close();
  });
});
