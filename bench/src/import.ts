// `pnpm bench:import`: imports the official files of ../shared/data into a fresh PostgreSQL
// database and prints rows per second per dataset, the total time, and how the regional
// file's import compares with a plain COPY of the same file into an unindexed table; then
// generates national-size files (1,000,000 InserSup-shaped rows, 500,000 regional-shaped
// rows) into a temporary folder, imports each alone and prints rows/s and peak memory.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createDb, type DbHandle } from '@inserjeunes/db';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { type FileReport, importPaths } from '@inserjeunes/importer';
import { nodeCommand } from '@inserjeunes/tooling/serve-command';
import postgres from 'postgres';
import { benchVar } from './env.js';
import { DATA, ROOT } from './harness/repo-paths.js';
import { writeInserSupFile, writeRegionalFile } from './harness/synthetic-files.js';

const REGIONAL = `${DATA}/inserjeunes/regional/ij_region_data.csv`;
const URL_DEFAULT = 'postgres://postgres@127.0.0.1:5432/test';
const TARGET_TOTAL_S = 60;
const TARGET_RATIO = 3;
const RUNS = 5;
const INSERSUP_EXTRACT = `${DATA}/insersup/fr-esr-insersup-2026_S1-extrait.csv`;
/** The synthetic files' sizes, as the national files are, and what their import must keep. */
const SYNTHETIC = { insersup: 1_000_000, regional: 500_000 };
const TARGET_ROWS_PER_S = 50_000;
const TARGET_PEAK_MB = 300;

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

interface ChildImport {
  status: number | null;
  ms: number;
  peakRssMb: number;
  output: string;
}

/**
 * The command `pnpm data:import` runs (Node's arguments, the compiled importer's launcher),
 * read from package.json so that the benchmark times what operators run, without pnpm's own
 * start.
 */
function importCommand(): string[] {
  return nodeCommand(ROOT, 'data:import').args;
}

/**
 * `pnpm data:import <path>`'s command in a process of its own, as an operator runs it, with
 * its resident memory read from /proc every 50 ms (its peak is what the machine must have).
 */
function importInChild(url: string, path: string): Promise<ChildImport> {
  const started = performance.now();
  const child = spawn(process.execPath, [...importCommand(), path], {
    cwd: ROOT,
    env: childProcessEnv({ DATABASE_URL: url }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', () => {});
  let peakKb = 0;
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    } catch {
      // The process has just ended.
    }
  }, 50);
  return new Promise((resolve) => {
    child.once('exit', (status) => {
      clearInterval(timer);
      resolve({ status, ms: performance.now() - started, peakRssMb: peakKb / 1024, output });
    });
  });
}

/**
 * The synthetic national-size files: generated into a temporary folder, each imported alone
 * into a fresh database, then removed. Prints rows/s (the whole command's wall time, start-up
 * included) and the importer's peak memory.
 */
async function importSynthetic(url: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const files: { label: string; rows: number; path: string }[] = [];
    const regional = join(folder, 'ij_region_data-synthetique.csv');
    await writeRegionalFile(regional, SYNTHETIC.regional);
    files.push({ label: 'regional-shaped', rows: SYNTHETIC.regional, path: regional });
    if (existsSync(INSERSUP_EXTRACT)) {
      const insersup = join(folder, 'fr-esr-insersup-synthetique.csv');
      await writeInserSupFile(insersup, INSERSUP_EXTRACT, SYNTHETIC.insersup);
      files.push({ label: 'InserSup-shaped', rows: SYNTHETIC.insersup, path: insersup });
    }
    // The compiled importer built now if it must be, as the command would on its first run.
    spawnSync(process.execPath, [...importCommand(), '--help'], { cwd: ROOT, stdio: 'ignore' });
    console.log('\nSynthetic national-size files, each imported alone by `pnpm data:import`:');
    for (const file of files) {
      const mb = (statSync(file.path).size / 1024 / 1024).toFixed(0);
      const result = await withScratchDatabase(url, (scratchUrl) =>
        importInChild(scratchUrl, file.path),
      );
      const rowsPerS = (file.rows / result.ms) * 1000;
      const memory = `peak RSS ${result.peakRssMb.toFixed(0)} MB`;
      if (result.status !== 0) {
        const said = result.output.trim().split('\n').slice(-3).join(' / ');
        console.log(
          `  ${file.label.padEnd(16)} ${file.rows.toLocaleString('en-US')} rows (${mb} MB): not imported (exit ${result.status}: ${said}); ${memory}`,
        );
        continue;
      }
      const fast = rowsPerS >= TARGET_ROWS_PER_S;
      const flat = result.peakRssMb <= TARGET_PEAK_MB;
      console.log(
        `  ${file.label.padEnd(16)} ${file.rows.toLocaleString('en-US')} rows (${mb} MB) in ${seconds(result.ms)}: ${rate(file.rows, result.ms)} (target ≥ ${TARGET_ROWS_PER_S.toLocaleString('en-US')}: ${fast ? 'met' : 'NOT met'}), ${memory} (target ≤ ${TARGET_PEAK_MB} MB: ${flat ? 'met' : 'NOT met'})`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
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
  // IMPORT_PART=official or synthetic runs one half only; both by default.
  const part = benchVar('IMPORT_PART');
  if (part !== 'synthetic') await importOfficial(url);
  if (part !== 'official') await importSynthetic(url);
}

async function importOfficial(url: string): Promise<void> {
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
