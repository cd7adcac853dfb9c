import { Writable } from 'node:stream';
import { createDb, type DbHandle } from '@inserjeunes/db';
import { testDatabaseUrl, testDbTargets } from '@inserjeunes/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';
import { PostgresRateLimitStore } from './postgres-rate-limit-store.js';

const silent = pino({ level: 'silent' });

/** A second connection to the same database, as another API process would open it. */
async function secondHandle(db: DbHandle): Promise<DbHandle> {
  if (db.kind === 'pglite') return db;
  const [row] = await db.query<{ name: string }>('select current_database() as name');
  const url = new URL(testDatabaseUrl() ?? '');
  url.pathname = `/${row?.name ?? ''}`;
  return createDb({ databaseUrl: url.toString(), poolSize: 2, migrate: false });
}

describe.each(testDbTargets())('the shared rate-limit store on $name', ({ open }) => {
  let db: DbHandle;
  let other: DbHandle;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    other = await secondHandle(db);
  });
  afterAll(async () => {
    if (other !== db) await other.close();
    await db.close();
  });
  const path = `/api/inserjeunes/certifications/${S.cap}`;
  const from = (address: string) => ({ headers: { 'X-Forwarded-For': address } });

  it('gives a client one limit across two API instances sharing the database', async () => {
    const options = {
      anonymousPerMinute: 3,
      trustProxy: true,
      rateLimitSecret: 'le secret partagé par les deux processus',
    };
    const a = testApp(db, { ...options, rateLimitStore: new PostgresRateLimitStore(db, silent) });
    const b = testApp(other, {
      ...options,
      rateLimitStore: new PostgresRateLimitStore(other, silent),
    });
    const statuses = [];
    for (const app of [a, b, a, b])
      statuses.push((await app.request(path, from('203.0.113.7'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await a.request(path, from('203.0.113.7'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('RateLimit')).toMatch(/^"anonyme";r=0;t=\d+$/);
    // Another client is counted apart, on either instance.
    expect((await b.request(path, from('203.0.113.8'))).status).toBe(200);
    // The shared table names clients by a keyed hash, never by their address.
    const names = await db.query<{ cle: string }>('select cle from limite_debit');
    expect(names.length).toBeGreaterThan(0);
    expect(names.map((row) => row.cle).join(' ')).not.toMatch(/203\.0\.113/);
    await a.close();
    await b.close();
  });

  it('counts concurrent hits exactly, and purges the windows that are over', async () => {
    const store = new PostgresRateLimitStore(db, silent);
    const minute = 60_000;
    const start = Date.UTC(2030, 0, 1, 12, 0, 0);
    const hits = await Promise.all(
      Array.from({ length: 20 }, () => store.hit('test:concurrent', minute, start + 10)),
    );
    expect(hits.map((hit) => hit.count).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(hits[0]?.resetAt).toBe(start + minute);
    const later = await store.hit('test:concurrent', minute, start + 2 * minute + 5);
    expect(later).toEqual({ count: 1, resetAt: start + 3 * minute });
    // The purge runs without holding the request back: wait for it.
    let left: { fin: number }[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      left = await db.query<{ fin: number }>(
        "select fin::float8 as fin from limite_debit where cle = 'test:concurrent'",
      );
      if (left.length === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(left).toEqual([{ fin: start + 3 * minute }]);
  });

  it('keeps answering when the store fails: counts in the process and logs once', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    // A database that is gone, as when PostgreSQL stops: every query fails.
    const gone = await open();
    await gone.close();
    const store = new PostgresRateLimitStore(gone, logger, { retryAfterMs: 0 });
    const app = testApp(db, { anonymousPerMinute: 2, trustProxy: true, rateLimitStore: store });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await app.request(path, from('203.0.113.9'))).status);
    expect(statuses).toEqual([200, 200, 429]);
    const warnings = lines.filter((line) => line.includes('shared rate-limit store unavailable'));
    expect(warnings).toHaveLength(1);
    await app.close();
  });
});
