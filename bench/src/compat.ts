// `pnpm exec tsx bench/src/compat.ts`: what a lookup of the compatible base URL costs next
// to the same lookup on our own route, in process (no HTTP). It imports the official files
// of ../shared/data once into a database it keeps between runs (COMPAT_PGLITE_DIR,
// /tmp/ij-bench-compat-pglite by default; or `ij_bench_compat` next to DATABASE_URL's), then
// asks each route for COMPAT_SAMPLE real codes, regions and establishments (200), every URL
// once so the response cache never answers, and prints the median and 95th percentile per
// request on both sides, and their ratio.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DbHandle } from '@inserjeunes/db';
import { benchVar } from './env.js';
import { keptBenchDatabase } from './harness/bench-database.js';
import { openWithOfficialData } from './harness/official-import.js';
import { DATA, ROOT } from './harness/repo-paths.js';
import { readDataSample } from './load/data-sample.js';

/** What the benchmark uses of the API: an app it can ask without a server. */
interface Api {
  createApp(deps: { db: DbHandle; anonymousPerMinute: number; usageFlushIntervalMs: number }): {
    request(path: string): Promise<Response>;
    ready(): Promise<void>;
    close(): Promise<void>;
  };
}

const PGLITE_DIR = benchVar('COMPAT_PGLITE_DIR') ?? '/tmp/ij-bench-compat-pglite';
const SAMPLE = Math.max(10, Number(benchVar('COMPAT_SAMPLE')) || 200);
const COMPAT = '/compat/trajectoires-pro';

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ??
  0;

/** Every `step`-th element, so the sample spans the data and is the same on every run. */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}

async function time(app: Awaited<ReturnType<Api['createApp']>>, path: string): Promise<number> {
  const started = performance.now();
  const response = await app.request(path);
  await response.arrayBuffer();
  if (response.status >= 500) throw new Error(`${path}: ${response.status}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  if (!existsSync(join(DATA, 'inserjeunes/regional/ij_region_data.csv'))) {
    console.log(`skipped: the official files are absent (${DATA})`);
    return;
  }
  const database = await keptBenchDatabase('ij_bench_compat', PGLITE_DIR);
  console.log(`Compatible base URL against our routes, on ${database.label}`);
  const db = await openWithOfficialData(database);
  const api = (await import(pathToFileURL(join(ROOT, 'apps/api/src/app.ts')).href)) as Api;
  const app = api.createApp({ db, anonymousPerMinute: 1e9, usageFlushIntervalMs: 0 });
  await app.ready();
  const data = await readDataSample(db);
  const cases: { name: string; paths: string[] }[] = [
    {
      name: 'national lookup',
      paths: spread(data.nationalCodes, SAMPLE).map(
        (code) => `/api/inserjeunes/certifications/${code}`,
      ),
    },
    {
      name: 'regional lookup',
      paths: spread(data.regionalPairs, SAMPLE).map(
        ({ code, region }) => `/api/inserjeunes/regionales/${region}/certifications/${code}`,
      ),
    },
    {
      name: 'formation lookup',
      paths: spread(data.formationPairs, SAMPLE).map(
        ({ uai, code }) => `/api/inserjeunes/formations/${uai}-${code}`,
      ),
    },
    {
      name: 'filières view',
      paths: spread(data.nationalCodes, SAMPLE).map(
        (code) => `/api/inserjeunes/certifications/${code}?vue=filieres`,
      ),
    },
    {
      name: 'regional list, 100 a page',
      paths: data.regions.map(
        (region) => `/api/inserjeunes/regionales?regions=${region}&items_par_page=100`,
      ),
    },
  ];
  for (const { name, paths } of cases) {
    const ours: number[] = [];
    const compat: number[] = [];
    for (const [i, path] of paths.entries()) {
      // Alternate which side goes first, so neither always finds the other's work done.
      const order = i % 2 === 0 ? ['ours', 'compat'] : ['compat', 'ours'];
      for (const side of order) {
        if (side === 'ours') ours.push(await time(app, path));
        else compat.push(await time(app, `${COMPAT}${path}`));
      }
    }
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    console.log(
      `  ${name.padEnd(26)} ${String(paths.length).padStart(4)} requests: ours median ${ms(quantile(ours, 0.5))}, p95 ${ms(quantile(ours, 0.95))}; compatible median ${ms(quantile(compat, 0.5))}, p95 ${ms(quantile(compat, 0.95))}; ratio of medians ${(quantile(compat, 0.5) / quantile(ours, 0.5)).toFixed(2)}`,
    );
  }
  await app.close();
  await db.close();
}

await main();
