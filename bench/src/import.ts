// `pnpm bench:import`: imports the official files of ../shared/data into a fresh PostgreSQL
// database and prints rows per second per dataset, the total time, and how the regional
// file's import compares with a plain COPY of the same file into an unindexed table.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createDb, type DbHandle } from '@inserjeunes/db';
import { type FileReport, importPaths } from '@inserjeunes/importer';
import postgres from 'postgres';
import { benchVar } from './env.js';
import { DATA } from './harness/repo-paths.js';

const REGIONAL = `${DATA}/inserjeunes/regional/ij_region_data.csv`;
const URL_DEFAULT = 'postgres://postgres@127.0.0.1:5432/test';
const TARGET_TOTAL_S = 60;
const TARGET_RATIO = 3;
const RUNS = 5;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (rows: number, ms: number) =>
  ms > 0 ? `${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s` : '–';

async function withScratchDatabase<T>(
  url: string,
  work: (scratchUrl: string) => Promise<T>,
): Promise<T> {
  const name = `ij_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  try {
    return await work(scratch.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}

/** A plain COPY of the regional file, as is, into an unindexed table of text columns. */
async function copyBaseline(url: string): Promise<number> {
  const header =
    readFileSync(REGIONAL, 'utf8')
      .split('\n', 1)[0]
      ?.replace(/^\uFEFF/, '') ?? '';
  const columns = header.trim().split(';');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(
      `create table copy_baseline (${columns.map((_, i) => `c${i} text`).join(', ')})`,
    );
    const started = performance.now();
    const writable = await sql
      .unsafe(`copy copy_baseline from stdin with (format csv, delimiter ';', header true)`)
      .writable();
    await pipeline(createReadStream(REGIONAL), writable);
    const elapsed = performance.now() - started;
    await sql.unsafe('drop table copy_baseline');
    return elapsed;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * The regional file imported alone, after the BCN: its file report (phases) and the time of
 * the whole run, as `pnpm data:import` would spend it (detection and the statistics
 * refreshed at the end of the run included).
 */
async function importRegionalAlone(
  url: string,
  bcn: string[],
): Promise<{ file: FileReport; runMs: number } | undefined> {
  const db: DbHandle = await createDb({ databaseUrl: url });
  try {
    await importPaths(db, bcn);
    const report = await importPaths(db, [REGIONAL]);
    const file = report.files[0];
    return file === undefined ? undefined : { file, runMs: report.durationMs };
  } finally {
    await db.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  if (!existsSync(DATA)) {
    console.warn(`skipped: ${DATA} is absent, there is nothing to import`);
    return;
  }
  const url = benchVar('DATABASE_URL') ?? URL_DEFAULT;
  console.log(`Importing ${DATA} into a fresh database on ${new URL(url).host}…`);

  const folder = await withScratchDatabase(url, async (scratchUrl) => {
    const db = await createDb({ databaseUrl: scratchUrl });
    try {
      return await importPaths(db, [DATA]);
    } finally {
      await db.close();
    }
  });

  console.log('\nPer dataset (rows read, time, rows/s):');
  for (const dataset of folder.datasets) {
    console.log(
      `  ${dataset.dataset.padEnd(32)} ${String(dataset.read).padStart(7)}  ${seconds(dataset.durationMs).padStart(8)}  ${rate(dataset.read, dataset.durationMs)}`,
    );
  }
  const rejected = folder.files.filter(
    (file) => file.status !== 'imported' && file.status !== 'known-not-imported',
  );
  for (const file of rejected)
    console.log(`  ! ${file.path}: ${file.status} ${file.message ?? ''}`);
  const totalRows = folder.datasets.reduce((sum, dataset) => sum + dataset.read, 0);
  console.log(
    `\nWhole folder: ${folder.files.length} files, ${totalRows.toLocaleString('en-US')} rows in ${seconds(folder.durationMs)} (${rate(totalRows, folder.durationMs)}); target < ${TARGET_TOTAL_S} s: ${folder.durationMs < TARGET_TOTAL_S * 1000 ? 'met' : 'NOT met'}`,
  );

  // The regional file again, alone after the BCN, five times, against five plain COPYs
  // on the same server: the machine is shared, so the ratio of medians is what counts.
  const bcn = [`${DATA}/bcn`, `${DATA}/bcn-api-json`, `${DATA}/referentiels`];
  const runs: { file: FileReport; runMs: number }[] = [];
  const copies: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await withScratchDatabase(url, async (scratchUrl) => {
      const result = await importRegionalAlone(scratchUrl, bcn);
      if (result !== undefined) runs.push(result);
      copies.push(await copyBaseline(scratchUrl));
    });
  }
  const importMs = median(runs.map((run) => run.runMs));
  const copyMs = median(copies);
  const ratio = importMs / copyMs;
  const regional = runs.find((run) => run.runMs === importMs) ?? runs[0];
  console.log(
    `\nRegional file (${regional?.file.read.toLocaleString('en-US') ?? '?'} rows): import ${seconds(importMs)} (median of ${RUNS}, runs ${runs.map((run) => seconds(run.runMs)).join(', ')}), plain COPY ${seconds(copyMs)} (median of ${RUNS})`,
  );
  if (regional !== undefined) {
    const { readMs, mergeMs, deriveMs } = regional.file.phases;
    const rest = regional.runMs - readMs - mergeMs - deriveMs;
    console.log(
      `  of which read, check and send the rows ${seconds(readMs)}, merge ${seconds(mergeMs)}, national sums and continuum ${seconds(deriveMs)}, detection, recording and statistics ${seconds(rest)}`,
    );
    console.log(`  load alone (read + merge) / COPY: ${((readMs + mergeMs) / copyMs).toFixed(1)}`);
  }
  console.log(
    `Ratio import / COPY: ${ratio.toFixed(1)} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
  );
}

await main();
