import { Writable } from 'node:stream';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../keys/api-keys.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('request ids and logs on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('writes one JSON line per request with its id and duration, never the key', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const key = await createKey(db, 'Affelnet');
    const app = testApp(db, { logger: pino({ level: 'info' }, sink) });
    const response = await app.request(
      `/api/inserjeunes/certifications/${S.cap}?millesime=2022_2023`,
      {
        headers: { 'X-API-Key': key, 'X-Request-Id': 'partenaire-42' },
      },
    );
    await app.request(`/api/inserjeunes/certifications/${S.cap}?api_key=${key}`);
    await app.request(`/api/inserjeunes/certifications/${S.cap}?api%5Fkey=${key}`);
    await app.request(`/api/inserjeunes/certifications/${S.cap}?jeton=s3cr3t-du-partenaire`);
    await app.request(`/api/inserjeunes/certifications/${key}`);
    expect(response.headers.get('X-Request-Id')).toBe('partenaire-42');
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({
      requestId: 'partenaire-42',
      method: 'GET',
      url: `/api/inserjeunes/certifications/${S.cap}?millesime=2022_2023`,
      status: 200,
      consommateur: 'Affelnet',
    });
    expect(typeof first?.ms).toBe('number');
    expect(second).toMatchObject({ status: 400 });
    expect(second?.url).toContain('api_key=[masquée]');
    expect(lines).toHaveLength(5);
    expect(lines.join('\n')).not.toContain(key.slice(12));
    expect(lines.join('\n')).not.toContain('s3cr3t');
    await app.close();
  });

  it('makes its own id when the caller sends none or a strange one', async () => {
    const app = testApp(db);
    const none = await app.request('/api/healthz');
    const strange = await app.request('/api/healthz', { headers: { 'X-Request-Id': '<script>' } });
    expect(none.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(strange.headers.get('X-Request-Id')).not.toBe('<script>');
    await app.close();
  });
});
