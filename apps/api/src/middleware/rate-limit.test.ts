import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../keys/api-keys.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('rate limits on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
  });
  afterAll(async () => {
    await db.close();
  });
  const path = `/api/inserjeunes/certifications/${S.cap}`;
  const from = (address: string, extra: Record<string, string> = {}) => ({
    headers: { 'X-Forwarded-For': address, ...extra },
  });

  it('tells each anonymous client where it stands, and answers 429 past its limit', async () => {
    const app = testApp(db, { anonymousPerMinute: 3, trustProxy: true });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await app.request(path, from('198.51.100.1')));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    // A public answer a shared cache may replay to others carries none of its client's headers.
    expect(answers[0]?.headers.get('Cache-Control')).toMatch(/^public/);
    expect(answers[0]?.headers.get('RateLimit')).toBeNull();
    expect(answers[0]?.headers.get('X-Request-Id')).toBeNull();
    // An answer no cache keeps does say where the client stands.
    const posted = await app.request('/api/inserjeunes/couverture', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', 'X-Forwarded-For': '198.51.100.9' },
      body: `Code\n${S.cap}`,
    });
    expect(posted.headers.get('RateLimit-Policy')).toBe('"anonyme";q=3;w=60');
    expect(posted.headers.get('RateLimit')).toMatch(/^"anonyme";r=2;t=\d+$/);
    const refused = answers[3];
    expect(refused?.headers.get('RateLimit')).toMatch(/^"anonyme";r=0;t=\d+$/);
    expect(Number(refused?.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await refused?.json()).toMatchObject({
      error: { code: 'trop_de_requetes', details: { limite_par_minute: 3 } },
    });
    // Another client has its own count.
    expect((await app.request(path, from('198.51.100.2'))).status).toBe(200);
    await app.close();
  });

  it('gives a key its own higher limit', async () => {
    const key = await createKey(db, 'Parcoursup', 5);
    const app = testApp(db, { anonymousPerMinute: 1, trustProxy: true });
    expect((await app.request(path, from('198.51.100.3'))).status).toBe(200);
    expect((await app.request(path, from('198.51.100.3'))).status).toBe(429);
    const withKey = await app.request(path, from('198.51.100.3', { 'X-API-Key': key }));
    expect(withKey.status).toBe(200);
    expect(withKey.headers.get('RateLimit-Policy')).toBe('"partenaire";q=5;w=60');
    // A partner's answer is its own: private, never replayed by a shared cache to others.
    expect(withKey.headers.get('Cache-Control')).toMatch(/^private/);
    expect(withKey.headers.get('X-Request-Id')).not.toBeNull();
    await app.close();
  });

  it('behind a proxy, keeps a client that forges X-Forwarded-For to its own limit', async () => {
    // The proxy appends the address it received from: what a client writes stays on the left.
    const app = testApp(db, { anonymousPerMinute: 1, trustProxy: true });
    expect((await app.request(path, from('10.0.0.1, 198.51.100.6'))).status).toBe(200);
    expect((await app.request(path, from('10.0.0.2, 198.51.100.6'))).status).toBe(429);
    expect((await app.request(path, from('198.51.100.6'))).status).toBe(429);
    expect((await app.request(path, from('198.51.100.6, 198.51.100.7'))).status).toBe(200);
    await app.close();
    // Behind a CDN and a load balancer, the client is the second address from the right.
    const twoHops = testApp(db, { anonymousPerMinute: 1, trustProxy: 2 });
    const cdn = '203.0.113.9';
    expect((await twoHops.request(path, from(`10.0.0.1, 198.51.100.8, ${cdn}`))).status).toBe(200);
    expect((await twoHops.request(path, from(`198.51.100.8, ${cdn}`))).status).toBe(429);
    expect((await twoHops.request(path, from(`198.51.100.9, ${cdn}`))).status).toBe(200);
    await twoHops.close();
  });

  it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
    const app = testApp(db, { anonymousPerMinute: 1 });
    expect((await app.request(path, from('198.51.100.4'))).status).toBe(200);
    expect((await app.request(path, from('198.51.100.5'))).status).toBe(429);
    await app.close();
  });

  it('limits clients trying random keys: past the limit they get 429, not another lookup', async () => {
    const app = testApp(db, { anonymousPerMinute: 3, trustProxy: true });
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const guess = `ij_${String(i).padStart(8, '0')}_${'x'.repeat(43)}`;
      statuses.push(
        (await app.request(path, from('198.51.100.20', { 'X-API-Key': guess }))).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    // The same wrong key again is counted too, and another client still has its attempts.
    const again = { 'X-API-Key': `ij_00000000_${'x'.repeat(43)}` };
    expect((await app.request(path, from('198.51.100.20', again))).status).toBe(429);
    expect((await app.request(path, from('198.51.100.21', again))).status).toBe(401);
    await app.close();
  });

  it('counts an IPv6 client by its /64, not by each of its addresses', async () => {
    const app = testApp(db, { anonymousPerMinute: 1, trustProxy: true });
    expect((await app.request(path, from('2001:db8:1:2::1'))).status).toBe(200);
    expect((await app.request(path, from('2001:db8:1:2:aaaa:bbbb:cccc:dddd'))).status).toBe(429);
    expect((await app.request(path, from('2001:db8:1:3::1'))).status).toBe(200);
    await app.close();
  });
});
