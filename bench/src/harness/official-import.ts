import type { DbHandle } from '@inserjeunes/db';
import type { BenchDatabase } from './bench-database.js';
import { DATA } from './repo-paths.js';
import { runTsx } from './run-tsx.js';

/**
 * Opens a kept benchmark database, importing every official file of ../shared/data first
 * when it holds no indicator yet; a later run reuses what an earlier one loaded.
 */
export async function openWithOfficialData(database: BenchDatabase): Promise<DbHandle> {
  const db = await database.open();
  const imported = await db
    .query<{ n: number }>('select count(*)::int as n from indicateur')
    .then(([row]) => row?.n ?? 0)
    .catch(() => 0);
  if (imported > 0) {
    console.log(`  reusing the data already imported (${imported} indicator rows)`);
    return db;
  }
  await db.close();
  runTsx('import of the official files', ['apps/importer/src/cli.ts', DATA], database.env);
  return database.open();
}
