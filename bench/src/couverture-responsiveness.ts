// `pnpm exec tsx bench/src/couverture-responsiveness.ts`: how long a widget waits while the
// server checks a large catalogue. It loads the data (official files, or the demo dataset as
// LOAD_DATA says) into a scratch database, starts the compiled server, times widget lookups
// on an idle server, then the same lookups asked one after another while one catalogue of
// RESPONSIVENESS_ROWS rows (8,000) is checked, and prints the waits' percentiles against the
// catalogue's own time. The API's test asserts the order of the answers; the times are here.

import { pick, seededRandom } from '@inserjeunes/tooling/seeded-random';
import { benchVar } from './env.js';
import { ApiServer } from './harness/api-server.js';
import { scratchBenchDatabase } from './harness/bench-database.js';
import { readDataSample } from './load/data-sample.js';
import { chooseDataset, importDataset } from './load/load-dataset.js';

const ROWS = Number(benchVar('RESPONSIVENESS_ROWS') ?? 8000);
const IDLE_LOOKUPS = 200;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

function describe(label: string, waits: readonly number[]): void {
  const sorted = [...waits].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  console.log(
    `  ${label.padEnd(34)} n=${String(sorted.length).padStart(5)}  p50 ${ms(percentile(sorted, 0.5))}  p95 ${ms(percentile(sorted, 0.95))}  max ${ms(sorted.at(-1) ?? Number.NaN)}`,
  );
}

async function timed(url: string, init?: RequestInit): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const database = await scratchBenchDatabase('ij_bench_reactivite');
  let server: ApiServer | undefined;
  try {
    console.log(`Widget lookups beside a ${ROWS}-row catalogue check, on ${database.label}`);
    importDataset(chooseDataset(), database);
    const db = await database.open();
    const data = await readDataSample(db);
    await db.close();

    const random = seededRandom(7);
    const lookups = Array.from({ length: 50 }, () => {
      const pair = pick(data.formationPairs, random);
      return pair === undefined
        ? `/api/inserjeunes/affichage/${pick(data.nationalCodes, random) ?? ''}`
        : `/api/inserjeunes/affichage/${pair.code}?uai=${pair.uai}`;
    });
    const catalogue = Array.from({ length: ROWS }, () => {
      const pair = pick(data.formationPairs, random);
      return `${pair?.uai ?? ''};${pair?.code ?? pick(data.nationalCodes, random) ?? ''}`;
    });
    const body = `UAI;Code certification\n${catalogue.join('\n')}\n`;

    server = await ApiServer.start({ ...database.env, RATE_LIMIT_ANONYME: '1000000' });
    const origin = server.origin;
    for (const path of lookups) await timed(`${origin}${path}`);

    const idle: number[] = [];
    for (let i = 0; i < IDLE_LOOKUPS; i++) {
      idle.push(await timed(`${origin}${lookups[i % lookups.length]}`));
    }

    let done = false;
    const check = timed(`${origin}/api/inserjeunes/couverture`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body,
    }).finally(() => {
      done = true;
    });
    const during: number[] = [];
    for (let i = 0; !done; i++) {
      during.push(await timed(`${origin}${lookups[i % lookups.length]}`));
    }
    const checkMs = await check;

    console.log(`\nCatalogue of ${ROWS} rows checked in ${checkMs.toFixed(0)} ms`);
    describe('widget lookups, idle server', idle);
    describe('widget lookups during the check', during);
    const longest = Math.max(...during);
    console.log(
      `  longest wait during the check: ${((longest / checkMs) * 100).toFixed(1)}% of the check's time`,
    );
  } finally {
    await server?.stop();
    await database.drop();
  }
}

await main();
