import { randomBytes } from 'node:crypto';
import { createDb } from '@inserjeunes/db';
import { testDatabaseUrl } from '@inserjeunes/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiServer } from '../faults/api-server.js';
import { freePort } from '../free-port.js';
import { ClientLoad } from './client-load.js';
import { missingForScale, NginxBalancer } from './nginx-balancer.js';

const primaryUrl = testDatabaseUrl();
const missing = missingForScale(primaryUrl);
if (missing !== undefined) console.log(`scale test skipped: ${missing}`);

const PATHS = [
  '/api/inserjeunes/millesimes',
  '/api/healthz',
  '/api/inserjeunes/stats',
  '/api/openapi.json',
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two API processes (the compiled server, as `pnpm serve` runs it) on one PostgreSQL behind
 * Debian's nginx, under a steady load: a rolling restart (SIGTERM, then start again, one
 * process after the other) loses no request; a process killed outright (SIGKILL) is routed
 * around, and what the client saw then is printed.
 */
describe.runIf(missing === undefined)('two API processes behind nginx', () => {
  const name = `ij_scale_${process.pid}_${randomBytes(4).toString('hex')}`;
  const servers: ApiServer[] = [];
  let balancer: NginxBalancer | undefined;
  const onPrimary = async (statement: string) => {
    const admin = await createDb({ databaseUrl: primaryUrl, migrate: false, poolSize: 1 });
    try {
      await admin.query(statement);
    } finally {
      await admin.close();
    }
  };

  afterAll(async () => {
    await balancer?.stop();
    await Promise.all(servers.map((server) => server.kill()));
    await onPrimary(`drop database if exists ${name} with (force)`);
  }, 60_000);

  it('restarts each process in turn without a failed request, and routes around a killed one', async () => {
    await onPrimary(`create database ${name}`);
    const url = new URL(primaryUrl ?? '');
    url.pathname = `/${name}`;
    const env = {
      DATABASE_URL: url.toString(),
      RATE_LIMIT_STORE: 'postgres',
      RATE_LIMIT_SECRET: randomBytes(24).toString('hex'),
      RATE_LIMIT_ANONYME: '1000000',
      TRUST_PROXY: '1',
    };
    const ports = [await freePort(), await freePort()];
    // One after the other: the first migrates the database.
    for (const port of ports) servers.push(await ApiServer.start(env, port));
    for (const server of servers) expect(server.exitCode, server.output.join('\n')).toBeNull();
    balancer = await NginxBalancer.start(await freePort(), ports);

    const load = new ClientLoad(balancer.origin, PATHS, 8);
    await pause(1000);
    const rollingFrom = load.now();
    for (const [i, port] of ports.entries()) {
      const old = servers[i];
      await old?.stop();
      expect(old?.exitCode, old?.output.join('\n')).toBe(0);
      const restarted = await ApiServer.start(env, port);
      servers[i] = restarted;
      expect(restarted.exitCode, restarted.output.join('\n')).toBeNull();
      // nginx tries a process it saw fail again after `fail_timeout` (2 s): the next one
      // stops only when this one is back in the balancer's rotation.
      await pause(2500);
    }
    const rollingTo = load.now();
    await pause(500);

    const killedAt = load.now();
    await servers[0]?.kill();
    await pause(3000);
    const after = load.now();
    await load.stop();

    const rolling = load.between(rollingFrom, rollingTo);
    const rollingFailures = load.failures(rollingFrom, rollingTo);
    console.log(
      `rolling restart (SIGTERM, start again, each process in turn): ${rolling.length} requests in ${((rollingTo - rollingFrom) / 1000).toFixed(1)} s, ${rollingFailures.length} failed`,
    );
    const killed = load.between(killedAt, after);
    const killedFailures = load.failures(killedAt, after);
    const slowest = Math.max(...killed.map((o) => o.endedAt - o.startedAt));
    const firstOk = killed.find((o) => o.status === 200);
    console.log(
      `SIGKILL of one process: ${killed.length} requests in the next ${((after - killedAt) / 1000).toFixed(1)} s, ${killedFailures.length} failed (${[...new Set(killedFailures.map((o) => o.error ?? o.status))].join(', ') || 'none'}); first answer after the kill ${firstOk ? (firstOk.endedAt - killedAt).toFixed(0) : '—'} ms later, slowest answer ${slowest.toFixed(0)} ms (failover)`,
    );
    const warm = load.between(0, rollingFrom);
    expect(warm.filter((o) => o.status !== 200).map((o) => o.status)).toEqual([]);
    expect(rolling.length).toBeGreaterThan(50);
    expect(rollingFailures).toEqual([]);
    // The survivor answers everything once the balancer has left the dead one aside.
    expect(load.failures(killedAt + 1000, after)).toEqual([]);
  }, 60_000);
});
