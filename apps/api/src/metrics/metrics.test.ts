import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

/** The value of one series in Prometheus' text format, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(testDbTargets())('metrics on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('counts answers per route group and status class, 429s per consumer class and cache hits', async () => {
    const app = testApp(db, { anonymousPerMinute: 3 });
    for (let i = 0; i < 4; i++) await app.request('/api/inserjeunes/millesimes');
    await app.request('/api/healthz');
    const response = await app.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const text = await response.text();
    const millesimes = 'groupe="/api/inserjeunes/millesimes"';
    expect(sample(text, `inserjeunes_http_requests_total{${millesimes},statut="2xx"}`)).toBe(3);
    expect(sample(text, `inserjeunes_http_requests_total{${millesimes},statut="4xx"}`)).toBe(1);
    expect(
      sample(text, `inserjeunes_http_request_duration_seconds_count{${millesimes},statut="2xx"}`),
    ).toBe(3);
    expect(sample(text, 'inserjeunes_rate_limited_total{consommateur="anonyme"}')).toBe(1);
    expect(sample(text, 'inserjeunes_response_cache_total{resultat="miss"}')).toBe(1);
    expect(sample(text, 'inserjeunes_response_cache_total{resultat="hit"}')).toBe(2);
    // Probes and the metrics themselves are not limited; an unknown path falls in `autre`.
    expect(
      sample(text, 'inserjeunes_http_requests_total{groupe="/api/healthz",statut="2xx"}'),
    ).toBe(1);
    expect(text).not.toContain('groupe="/metrics"');
    await app.close();
    const other = testApp(db);
    expect((await other.request('/api/nulle-part/123')).status).toBe(404);
    const after = await (await other.request('/metrics')).text();
    expect(sample(after, 'inserjeunes_http_requests_total{groupe="autre",statut="4xx"}')).toBe(1);
    await other.close();
  });

  it('gives the process, the queue, the data version and the imports', async () => {
    const app = testApp(db);
    await app.ready();
    const text = await (await app.request('/metrics')).text();
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_p99_seconds');
    expect(sample(text, 'inserjeunes_coverage_queue_depth')).toBe(0);
    const [row] = await db.query<{ version: string; runs: number }>(
      `select max(id)::text || '.' || count(*)::text as version, count(*)::int as runs from import`,
    );
    expect(sample(text, `inserjeunes_data_version_info{version="${row?.version}"}`)).toBe(1);
    const runs = text
      .split('\n')
      .filter((l) => l.startsWith('inserjeunes_import_runs{'))
      .reduce((sum, l) => sum + Number(l.split(' ')[1]), 0);
    expect(runs).toBe(Number(row?.runs));
    await app.close();
  });

  it('asks for the token when one is configured', async () => {
    const app = testApp(db, { metricsToken: 'un-jeton-de-test-assez-long' });
    const refused = await app.request('/metrics');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect(await refused.json()).toMatchObject({ error: { code: 'cle_invalide' } });
    const wrong = await app.request('/metrics', { headers: { Authorization: 'Bearer autre' } });
    expect(wrong.status).toBe(401);
    const read = await app.request('/metrics', {
      headers: { Authorization: 'Bearer un-jeton-de-test-assez-long' },
    });
    expect(read.status).toBe(200);
    expect(await read.text()).toContain('inserjeunes_http_requests_total');
    await app.close();
  });
});
