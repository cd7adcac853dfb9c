import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createDb, type DbHandle } from '@inserjeunes/db';
import { testDatabaseUrl } from '@inserjeunes/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { seedScenario } from '../testing/scenario.js';
import {
  postgresBinaries,
  type StreamingReplica,
  startStreamingReplica,
} from '../testing/streaming-replica.js';
import { testApp } from '../testing/test-app.js';

const primaryUrl = testDatabaseUrl();
const binaries = postgresBinaries();
const why =
  primaryUrl === undefined
    ? 'DATABASE_URL is not set'
    : 'missing' in binaries
      ? binaries.missing
      : undefined;
if (why !== undefined) {
  console.log(`read replica test skipped: ${why} (it needs PostgreSQL and its binaries)`);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(why === undefined)('reads on a streaming replica of PostgreSQL', () => {
  const name = `ij_replica_${process.pid}_${randomBytes(4).toString('hex')}`;
  let primary: DbHandle;
  let replicaDb: DbHandle | undefined;
  let replica: StreamingReplica | undefined;
  let app: App | undefined;
  const warnings: string[] = [];
  /** Runs one statement on the primary's own database (creating and dropping the test's). */
  const onPrimary = async (statement: string) => {
    const admin = await createDb({ databaseUrl: primaryUrl, migrate: false, poolSize: 1 });
    try {
      await admin.query(statement);
    } finally {
      await admin.close();
    }
  };

  beforeAll(async () => {
    await onPrimary(`create database ${name}`);
    const url = new URL(primaryUrl ?? '');
    url.pathname = `/${name}`;
    primary = await createDb({ databaseUrl: url.toString(), poolSize: 4 });
    replica = await startStreamingReplica(Number(url.port || 5432));
    replicaDb = await createDb({ databaseUrl: replica.url(name), migrate: false, poolSize: 4 });
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk, _encoding, done) {
          warnings.push(JSON.parse(String(chunk)).msg);
          done();
        },
      }),
    );
    app = testApp(primary, { readDb: replicaDb, logger });
  }, 120_000);

  afterAll(async () => {
    try {
      await app?.close();
      await replicaDb?.close();
      await primary?.close();
    } finally {
      replica?.remove();
      await onPrimary(`drop database if exists ${name} with (force)`);
    }
  }, 120_000);

  it('serves an import made on the primary once the replica has it, then the primary when the replica stops', async () => {
    if (app === undefined || replica === undefined) throw new Error('not started');
    const served = app;
    const millesimes = async () => {
      const response = await served.request('/api/inserjeunes/millesimes?scope=national');
      const body = (await response.json()) as { disponibles?: unknown[] };
      return { status: response.status, held: body.disponibles?.length ?? 0 };
    };
    // Nothing imported yet.
    expect(await millesimes()).toEqual({ status: 200, held: 0 });

    await seedScenario(primary);
    const imported = performance.now();
    await until('the import on the replica', async () =>
      (await millesimes()).held > 0 ? true : undefined,
    );
    console.log(
      `replica lag observed: the import was served from the replica ${Math.round(performance.now() - imported)} ms after it was committed on the primary`,
    );
    const [onReplica] = await (replicaDb as DbHandle).query<{ standby: boolean }>(
      'select pg_is_in_recovery() as standby',
    );
    expect(onReplica?.standby).toBe(true);

    replica.stop();
    // The request that meets the closed connection may get a 503; the next ones go to the primary.
    await until('an answer without the replica', async () =>
      (await millesimes()).status === 200 ? true : undefined,
    );
    for (let i = 0; i < 5; i++) {
      const { status, held } = await millesimes();
      expect(status).toBe(200);
      expect(held).toBeGreaterThan(0);
    }
    const metrics = await (await served.request('/metrics')).text();
    expect(metrics).toContain('inserjeunes_read_replica_fallbacks_total 1');
    expect(metrics).toContain('inserjeunes_read_replica_up 0');
    expect(warnings).toEqual([
      'réplique de lecture injoignable : lectures envoyées à la base principale',
    ]);
  }, 120_000);
});
