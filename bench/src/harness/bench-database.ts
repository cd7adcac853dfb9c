import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type DbHandle } from '@inserjeunes/db';
import postgres from 'postgres';
import { benchVar } from '../env.js';

/**
 * The database a benchmark loads and serves: PGlite in a folder of its own, or a database of
 * its own on the PostgreSQL server of DATABASE_URL (never DATABASE_URL's database itself).
 * `env` is what the importer and the server are started with.
 */
export interface BenchDatabase {
  label: string;
  env: NodeJS.ProcessEnv;
  open(): Promise<DbHandle>;
  /** Removes a scratch database; a kept one stays for the next run. */
  drop(): Promise<void>;
}

function besides(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(base: string, work: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    return await work(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

function database(label: string, env: NodeJS.ProcessEnv, drop: () => Promise<void>) {
  const open = () =>
    createDb({ databaseUrl: env.DATABASE_URL || undefined, pgliteDir: env.PGLITE_DIR });
  return { label, env, open, drop };
}

/**
 * A database kept between runs (later runs reuse what was loaded): `name` next to `base`'s
 * (DATABASE_URL's by default; `null`: none) when there is one, else the PGlite folder `pgliteDir`.
 */
export async function keptBenchDatabase(
  name: string,
  pgliteDir: string,
  base: string | null = benchVar('DATABASE_URL') ?? null,
): Promise<BenchDatabase> {
  if (!base) {
    return database(`PGlite (${pgliteDir})`, { DATABASE_URL: '', PGLITE_DIR: pgliteDir }, () =>
      Promise.resolve(),
    );
  }
  await withAdmin(base, async (admin) => {
    const [found] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!found) await admin.unsafe(`create database ${name}`);
  });
  return database(`PostgreSQL (${name})`, { DATABASE_URL: besides(base, name) }, () =>
    Promise.resolve(),
  );
}

/**
 * A fresh, empty database for one run, removed by `drop()`: `<prefix>_<pid>_<random>` next to
 * DATABASE_URL's when it is set, else a PGlite folder in the system's temporary directory.
 */
export async function scratchBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const base = benchVar('DATABASE_URL');
  if (!base) {
    const dir = mkdtempSync(join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
    return database(
      `PGlite (${dir}, removed afterwards)`,
      { DATABASE_URL: '', PGLITE_DIR: dir },
      () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    );
  }
  const name = `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await withAdmin(base, (admin) => admin.unsafe(`create database ${name}`));
  return database(
    `PostgreSQL (database ${name}, dropped afterwards)`,
    { DATABASE_URL: besides(base, name) },
    () =>
      withAdmin(base, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`)).then(
        () => {},
      ),
  );
}
