// `pnpm bench:coverage`: how much of a real partner catalogue the widget serves, and at which
// scope. It imports the official files of ../shared/data, except the formation-level ones,
// into a scratch database (PGlite, or a database next to DATABASE_URL's), checks the real
// Affelnet catalogue (catalogues/attractivite_capacite_2022.csv) with the API's coverage
// check, then imports the formation-level files (inserjeunes/formation-fine) and checks it
// again. For each pass it prints the share of rows served at the formation, regional and
// national scopes, under the threshold, not covered and unreadable, the reasons of the rows
// not served, and why the rows served more widely were not served at the formation's scope.
// The figures describe the data; nothing here is a pass/fail threshold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DbHandle } from '@inserjeunes/db';
import { scratchBenchDatabase } from './harness/bench-database.js';
import { DATA, ROOT } from './harness/repo-paths.js';
import { runTsx } from './harness/run-tsx.js';

/** What the benchmark reads of a coverage line (the contract's `LigneCouverture`). */
interface Line {
  uai: string | null;
  statut: 'couvert' | 'sous_seuil' | 'non_couvert' | 'invalide';
  raison: string | null;
  scope: 'formation' | 'regional' | 'national' | null;
  repli: { scope: string; raison: string }[];
}
type Catalogue = { rows: unknown[] };
type ReadModel = { readonly brand?: 'ReadModel' };
interface Api {
  createServices(deps: { db: DbHandle; now: () => Date; usageFlushIntervalMs: number }): {
    routeDeps: { readModel: ReadModel };
  };
  readCatalogue(bytes: Uint8Array, contentType: string): { catalogue: Catalogue };
  findColumns(catalogue: Catalogue, names: Record<'code' | 'uai' | 'region', undefined>): unknown;
  computeCouverture(
    figures: ReadModel,
    catalogue: Catalogue,
    columns: unknown,
    options: object,
  ): Promise<{ lignes: Line[] }>;
}

const AFFELNET = join(DATA, 'catalogues/attractivite_capacite_2022.csv');
const FORMATION_FINE = join(DATA, 'inserjeunes/formation-fine');
/** A fixed day, so closed diplomas, hence the figures, do not depend on the date of the run. */
const NOW = new Date('2025-03-15T10:00:00Z');

/** The API's modules, loaded at run time as the server loads them (see couverture-cpu.ts). */
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

/** Every file and folder of the official data but the formation-level files. */
function withoutFormationFine(): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(DATA, { withFileTypes: true })) {
    const path = join(DATA, entry.name);
    if (entry.name === 'inserjeunes' && entry.isDirectory()) {
      for (const sub of readdirSync(path)) {
        if (join(path, sub) !== FORMATION_FINE) paths.push(join(path, sub));
      }
    } else if (entry.name !== 'README.md') {
      paths.push(path);
    }
  }
  return paths;
}

const percent = (n: number, total: number) =>
  `${((100 * n) / Math.max(1, total)).toFixed(1).padStart(5)} %  (${n})`;

function tally(lines: readonly Line[], key: (line: Line) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const value = key(line);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

function printPass(name: string, lines: readonly Line[]): void {
  const total = lines.length;
  const served = (scope: string) =>
    lines.filter((line) => line.statut === 'couvert' && line.scope === scope).length;
  const status = (statut: Line['statut']) => lines.filter((line) => line.statut === statut).length;
  console.log(`\n${name}: ${total} catalogue rows`);
  console.log(`  served at the formation scope   ${percent(served('formation'), total)}`);
  console.log(`  served at the regional scope    ${percent(served('regional'), total)}`);
  console.log(`  served at the national scope    ${percent(served('national'), total)}`);
  console.log(`  under the threshold             ${percent(status('sous_seuil'), total)}`);
  console.log(`  not covered                     ${percent(status('non_couvert'), total)}`);
  console.log(`  unreadable                      ${percent(status('invalide'), total)}`);
  const rest = lines.filter((line) => line.statut !== 'couvert');
  console.log('  why the rows not served are not:');
  for (const [raison, n] of tally(rest, (line) => `${line.statut} / ${line.raison ?? '—'}`)) {
    console.log(`    ${raison.padEnd(40)} ${percent(n, total)}`);
  }
  const wider = lines.filter((line) => line.statut === 'couvert' && line.scope !== 'formation');
  console.log('  why the rows served more widely are not served at the formation scope:');
  const formationStep = (line: Line) =>
    line.repli.find((step) => step.scope === 'formation')?.raison ?? 'no UAI on the row';
  for (const [raison, n] of tally(wider, formationStep)) {
    console.log(`    ${raison.padEnd(40)} ${percent(n, total)}`);
  }
}

/**
 * Catalogue rows whose establishment has figures of its own in the establishment files: the
 * most a national formation-level file (which covers the same establishments, per training)
 * could move to the formation scope.
 */
async function establishmentsWithFigures(db: DbHandle, lines: readonly Line[]): Promise<number> {
  const rows = await db.query<{ uai: string }>(
    "select distinct uai from indicateur where scope in ('etablissement', 'formation') and uai is not null",
  );
  const known = new Set(rows.map((row) => row.uai));
  return lines.filter((line) => line.uai !== null && known.has(line.uai)).length;
}

async function main(): Promise<void> {
  if (!existsSync(AFFELNET) || !existsSync(FORMATION_FINE)) {
    console.log(`skipped: the official files are absent (${AFFELNET}, ${FORMATION_FINE})`);
    return;
  }
  const api = await loadApi();
  const database = await scratchBenchDatabase('ij_bench_coverage');
  console.log(`Coverage of the Affelnet catalogue on ${database.label}`);
  try {
    runTsx(
      'import of the official files, formation-level files aside',
      ['apps/importer/src/cli.ts', ...withoutFormationFine()],
      database.env,
    );
    const catalogue = api.readCatalogue(readFileSync(AFFELNET), 'text/csv').catalogue;
    const check = async () => {
      const db = await database.open();
      try {
        const { routeDeps } = api.createServices({ db, now: () => NOW, usageFlushIntervalMs: 0 });
        const columns = api.findColumns(catalogue, {
          code: undefined,
          uai: undefined,
          region: undefined,
        });
        const { lignes } = await api.computeCouverture(routeDeps.readModel, catalogue, columns, {});
        return { lignes, withFigures: await establishmentsWithFigures(db, lignes) };
      } finally {
        await db.close();
      }
    };
    const before = await check();
    printPass('Before the formation-level files', before.lignes);
    runTsx(
      'import of the formation-level files',
      ['apps/importer/src/cli.ts', FORMATION_FINE],
      database.env,
    );
    const after = await check();
    printPass('After the formation-level files', after.lignes);
    const moved = after.lignes.filter(
      (line, i) => line.scope === 'formation' && before.lignes[i]?.scope !== 'formation',
    ).length;
    console.log(`\nRows that moved to the formation scope: ${percent(moved, after.lignes.length)}`);
    console.log(
      `Rows whose establishment has figures of its own (establishment files): ${percent(after.withFigures, after.lignes.length)}`,
    );
  } finally {
    await database.drop();
  }
}

await main();
