import { type App, createApp } from '@inserjeunes/api';
import { importWithCli } from '@inserjeunes/api/testing';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { demoDataFiles } from '@inserjeunes/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzVar } from '../env.js';
import { formatFuzzReport, runFuzz } from './run-fuzz.js';
import { servedBuilds } from './served-builds.js';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
// A new seed each run finds new faults over time; FUZZ_SEED replays a failed run.
const seed = Number(fuzzVar('FUZZ_SEED') ?? Math.floor(Math.random() * 2 ** 31));

/**
 * A short fuzzing run (1,000 requests; `pnpm test:fuzz` sends 10,000) over every route, on
 * the demo dataset as the importer loads it: no 5xx, every 4xx in the contract's error
 * shape, no stack trace and no echoed markup.
 */
describe.each(testDbTargets())('1,000 random and hostile requests on $name', (target) => {
  let db: DbHandle;
  let app: App;
  const builds = servedBuilds();
  beforeAll(async () => {
    db = await importWithCli(target, demoDataFiles());
    app = createApp({
      db,
      anonymousPerMinute: 1_000_000_000,
      trustProxy: true,
      couvertureMaxBytes: MAX_BODY_BYTES,
      usageFlushIntervalMs: 200,
      ...builds,
    });
    await app.ready();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it(`answers each within the contract (seed ${seed})`, async () => {
    const report = await runFuzz(app, db, {
      seed,
      count: 1000,
      maxBodyBytes: MAX_BODY_BYTES,
      builds,
    });
    const lines = formatFuzzReport(report);
    console.log(lines.join('\n'));
    const findings = [...report.serverErrors, ...report.bad4xx, ...report.leaks].map(
      (finding) =>
        `#${finding.index} ${finding.fault.kind}: ${finding.fault.reason}\n${finding.request}\nreplay: FUZZ_SEED=${seed} FUZZ_ONLY=${finding.index} pnpm test:fuzz`,
    );
    expect(findings).toEqual([]);
    expect(report.requests).toBe(1000);
    // The run reached past the checks: most routes answered some requests with data.
    const answered = [...report.byTarget.values()].filter((counts) => counts.ok > 0).length;
    expect(answered).toBeGreaterThan(report.byTarget.size / 2);
  }, 300_000);
});
