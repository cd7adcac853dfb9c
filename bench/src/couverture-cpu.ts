// `pnpm exec tsx bench/src/couverture-cpu.ts`: the CPU the catalogue coverage check costs,
// without HTTP. It imports the official files of ../shared/data once into a PGlite folder it
// keeps between runs (COUVERTURE_PGLITE_DIR, /tmp/ij-bench-couverture-pglite by default; or
// a database `ij_bench_couverture` next to DATABASE_URL's when it is set), then runs the
// coverage of a random 1,000-row catalogue drawn from real codes and UAIs (as the load
// benchmark sends) and of the real Affelnet catalogue (attractivite_capacite_2022.csv) a few
// times each (COUVERTURE_REPEAT, 15), and prints the CPU and wall time per 1,000 rows.
// The full JSON reports are written to COUVERTURE_DUMP_DIR (/tmp/ij-couverture-dump) with
// their SHA-256, so two versions of the code can be compared line for line.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DbHandle } from '@inserjeunes/db';
import { seededRandom } from '@inserjeunes/tooling/seeded-random';
import { benchVar } from './env.js';
import { keptBenchDatabase } from './harness/bench-database.js';
import { openWithOfficialData } from './harness/official-import.js';
import { DATA, ROOT } from './harness/repo-paths.js';
import { catalogue, toCsv } from './load/coverage-routes.js';
import { readDataSample } from './load/data-sample.js';

/** What the benchmark uses of the API's modules. */
type Catalogue = { rows: unknown[] };
type Filiere = 'scolaire' | 'apprentissage' | 'agricole' | 'superieur';
interface Options {
  millesime?: string | undefined;
  voie?: Filiere | undefined;
}
type ReadModel = { readonly brand?: 'ReadModel' };
interface Api {
  createServices(deps: { db: DbHandle; now: () => Date; usageFlushIntervalMs: number }): {
    routeDeps: { readModel: ReadModel };
  };
  readCatalogue(bytes: Uint8Array, contentType: string): { catalogue: Catalogue; columns: unknown };
  findColumns(catalogue: Catalogue, names: Record<'code' | 'uai' | 'region', undefined>): unknown;
  computeCouverture(
    figures: ReadModel,
    catalogue: Catalogue,
    columns: unknown,
    options: Options,
  ): Promise<unknown>;
}

/**
 * The API's modules, loaded at run time as the server loads them: the benchmarks do not
 * depend on the API package, whose sources are type-checked with its own settings.
 */
async function loadApi(): Promise<Api> {
  const module = (path: string) => import(pathToFileURL(join(ROOT, 'apps/api/src', path)).href);
  const [services, couverture, columns, read] = await Promise.all([
    module('app-services.ts'),
    module('couverture/compute-couverture.ts'),
    module('couverture/find-columns.ts'),
    module('couverture/read-catalogue.ts'),
  ]);
  return {
    createServices: services.createServices,
    readCatalogue: read.readCatalogue,
    findColumns: columns.findColumns,
    computeCouverture: couverture.computeCouverture,
  };
}

const PGLITE_DIR = benchVar('COUVERTURE_PGLITE_DIR') ?? '/tmp/ij-bench-couverture-pglite';
const DUMP_DIR = benchVar('COUVERTURE_DUMP_DIR') ?? '/tmp/ij-couverture-dump';
const REPEAT = Math.max(1, Number(benchVar('COUVERTURE_REPEAT')) || 15);
/** Only the timed cases whose name contains this (to profile one of them). */
const ONLY = (benchVar('COUVERTURE_ONLY') ?? '').toLowerCase();
const AFFELNET = join(DATA, 'catalogues/attractivite_capacite_2022.csv');
/** A fixed day, so closed diplomas, hence the dumps, do not depend on the date of the run. */
const NOW = new Date('2025-03-15T10:00:00Z');

interface Case {
  name: string;
  catalogue: Catalogue;
  options: Options;
  /** Timed, or only dumped. */
  timed: boolean;
}

const api = await loadApi();

async function run(figures: ReadModel, entry: Case): Promise<unknown> {
  const columns = api.findColumns(entry.catalogue, {
    code: undefined,
    uai: undefined,
    region: undefined,
  });
  return api.computeCouverture(figures, entry.catalogue, columns, entry.options);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function measure(figures: ReadModel, entry: Case): Promise<void> {
  const rows = entry.catalogue.rows.length;
  await run(figures, entry); // warm-up: compiled code, nomenclature loaded
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const startCpu = process.cpuUsage();
    const startWall = performance.now();
    await run(figures, entry);
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - startWall);
    cpu.push((used.user + used.system) / 1000);
  }
  const per1000 = (ms: number) => ((ms * 1000) / rows).toFixed(1);
  console.log(
    `  ${entry.name.padEnd(44)} ${String(rows).padStart(6)} rows: CPU ${per1000(median(cpu))} ms / 1,000 rows (median of ${REPEAT}, min ${per1000(Math.min(...cpu))}), wall ${per1000(median(wall))} ms / 1,000 rows`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(AFFELNET)) {
    console.log(`skipped: the official files are absent (${AFFELNET})`);
    return;
  }
  const database = await keptBenchDatabase('ij_bench_couverture', PGLITE_DIR);
  console.log(`Coverage CPU on ${database.label}`);
  const db = await openWithOfficialData(database);

  const data = await readDataSample(db);
  const random = seededRandom(2024);
  const randomCatalogue = api.readCatalogue(
    new TextEncoder().encode(toCsv(catalogue(data, random))),
    'text/csv',
  ).catalogue;
  const affelnet = api.readCatalogue(readFileSync(AFFELNET), 'text/csv').catalogue;
  const [latest] = [...data.millesimes].sort().reverse();
  const cases: Case[] = [
    { name: 'random catalogue (load mix)', catalogue: randomCatalogue, options: {}, timed: true },
    { name: 'Affelnet catalogue', catalogue: affelnet, options: {}, timed: true },
    {
      name: 'random catalogue, voie=scolaire',
      catalogue: randomCatalogue,
      options: { voie: 'scolaire' },
      timed: false,
    },
    {
      name: `Affelnet catalogue, millesime=${latest}`,
      catalogue: affelnet,
      options: { millesime: latest },
      timed: false,
    },
    {
      name: 'Affelnet catalogue, millesime=2019, voie=apprentissage',
      catalogue: affelnet,
      options: { millesime: '2019', voie: 'apprentissage' },
      timed: false,
    },
  ];

  const { routeDeps } = api.createServices({ db, now: () => NOW, usageFlushIntervalMs: 0 });
  const figures = routeDeps.readModel;

  console.log('\nCPU per 1,000 catalogue rows (computeCouverture, no HTTP)');
  for (const entry of cases) {
    if (entry.timed && entry.name.toLowerCase().includes(ONLY)) await measure(figures, entry);
  }

  mkdirSync(DUMP_DIR, { recursive: true });
  console.log(`\nReports written to ${DUMP_DIR}`);
  for (const [i, entry] of cases.entries()) {
    const json = JSON.stringify(await run(figures, entry), null, 1);
    const file = join(DUMP_DIR, `${i + 1}.json`);
    writeFileSync(file, json);
    const sha = createHash('sha256').update(json).digest('hex').slice(0, 16);
    console.log(`  ${file}  sha256 ${sha}  ${entry.name}`);
  }
  await db.close();
}

await main();
