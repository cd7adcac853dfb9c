import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createDb, type DbHandle, MIGRATIONS_FOLDER } from './create-db.js';
import { testDatabaseUrl } from './env.js';

export { childProcessEnv, testDatabaseUrl } from './env.js';
export { sharedDataDir } from './shared-data.js';

/** A database engine the tests run against, and how to open a fresh, migrated database on it. */
export interface TestDbTarget {
  name: 'pglite' | 'postgres';
  open(): Promise<DbHandle>;
}

/**
 * PGlite in memory always; PostgreSQL too when `DATABASE_URL` is set, each `open()` creating
 * a database of its own that `close()` drops again.
 */
export function testDbTargets(): TestDbTarget[] {
  const targets: TestDbTarget[] = [{ name: 'pglite', open: openMemoryPglite }];
  const url = testDatabaseUrl();
  if (url) targets.push({ name: 'postgres', open: () => openScratchPostgres(url) });
  return targets;
}

async function openScratchPostgres(url: string): Promise<DbHandle> {
  const name = `ij_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: scratchUrl.toString(), poolSize: 4 });
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleaner = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await cleaner.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await cleaner.end({ timeout: 5 });
      }
    },
  };
}

const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/pglite', import.meta.url));

/**
 * A fresh in-memory PGlite, started from a cached dump of a migrated database: initdb and
 * migrations take seconds, loading the dump a fraction of that. The cache is keyed on the
 * migrations, so a new migration rebuilds it.
 */
async function openMemoryPglite(): Promise<DbHandle> {
  const file = join(CACHE_DIR, `migrated-${migrationsFingerprint()}.tar`);
  if (existsSync(file)) {
    return createDb({
      pgliteDir: 'memory',
      pgliteSnapshot: new Blob([readFileSync(file)]),
      migrate: false,
    });
  }
  const handle = await createDb({ pgliteDir: 'memory' });
  const dump = await handle.snapshot();
  if (dump) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    renameSync(temporary, file);
  }
  return handle;
}

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (name.endsWith('.sql'))
      hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  }
  return hash.digest('hex').slice(0, 16);
}
