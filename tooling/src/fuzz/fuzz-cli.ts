// `pnpm test:fuzz`: 10,000 random and hostile requests over every route, in process, against
// the demo dataset on PGlite (and on PostgreSQL too when DATABASE_URL is set). Prints the
// seed, the counts of 5xx and of 4xx outside the error shape, memory before and after, per
// hostile class its count, statuses, peak memory and event-loop delay, and each offending
// request with the line that replays it; exits 1 when a target is missed.
//
//   FUZZ_SEED=1234 pnpm test:fuzz              # the same requests again
//   FUZZ_SEED=1234 FUZZ_ONLY=4711 pnpm test:fuzz  # only request #4711, with the server's log
//   FUZZ_COUNT=50000 pnpm test:fuzz            # a longer run
import { Writable } from 'node:stream';
import { createApp } from '@inserjeunes/api';
import { importWithCli } from '@inserjeunes/api/testing';
import { testDbTargets } from '@inserjeunes/db/testing';
import { demoDataFiles } from '@inserjeunes/demo-data';
import pino from 'pino';
import { fuzzVar } from '../env.js';
import { formatFuzzReport, fuzzPassed, runFuzz } from './run-fuzz.js';
import { servedBuilds } from './served-builds.js';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

function integer(
  name: 'FUZZ_SEED' | 'FUZZ_COUNT' | 'FUZZ_ONLY',
  fallback: number | undefined,
): number | undefined {
  const raw = fuzzVar(name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`${name} doit être un entier positif, reçu « ${raw} »`);
    process.exit(2);
  }
  return value;
}

const seed = integer('FUZZ_SEED', undefined) ?? Math.floor(Math.random() * 2 ** 31);
const count = integer('FUZZ_COUNT', 10_000) ?? 10_000;
const only = integer('FUZZ_ONLY', undefined);

const builds = servedBuilds();
let passed = true;
for (const target of testDbTargets()) {
  const started = performance.now();
  console.log(`\n▶ ${target.name}: loading the demo dataset with the importer…`);
  const db = await importWithCli(target, demoDataFiles());
  const errors: string[] = [];
  const logger = pino(
    { level: 'error' },
    new Writable({
      write(chunk, _encoding, done) {
        errors.push(String(chunk));
        done();
      },
    }),
  );
  const app = createApp({
    db,
    logger,
    anonymousPerMinute: 1_000_000_000,
    trustProxy: true,
    couvertureMaxBytes: MAX_BODY_BYTES,
    ...builds,
  });
  try {
    await app.ready();
    const report = await runFuzz(app, db, {
      seed,
      count,
      only,
      maxBodyBytes: MAX_BODY_BYTES,
      builds,
    });
    for (const line of formatFuzzReport(report)) console.log(line);
    if (errors.length > 0) {
      // One line per distinct error, with the stack of its first occurrence.
      const distinct = new Map<string, { count: number; stack: string }>();
      for (const line of errors) {
        const { err, msg } = JSON.parse(line) as {
          err?: { message?: string; stack?: string };
          msg: string;
        };
        const key = `${msg}: ${err?.message ?? ''}`;
        const seen = distinct.get(key) ?? { count: 0, stack: err?.stack ?? '' };
        seen.count++;
        distinct.set(key, seen);
      }
      console.log(`\n  the server logged ${errors.length} errors:`);
      for (const [key, { count, stack }] of distinct) {
        console.log(`  ${count} × ${key}\n    ${stack.split('\n').slice(1, 6).join('\n    ')}`);
      }
    }
    console.log(`  (${target.name}, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    passed &&= fuzzPassed(report);
  } finally {
    await app.close();
    await db.close();
  }
}
console.log(
  passed ? '\n✓ fuzzing met its targets' : '\n✗ fuzzing found faults (replay lines above)',
);
process.exit(passed ? 0 : 1);
