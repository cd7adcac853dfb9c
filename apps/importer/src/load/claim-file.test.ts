import { join } from 'node:path';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { DEMO_DIR } from '@inserjeunes/demo-data';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectFile } from '../detect-file.js';
import { importPaths } from '../import-paths.js';
import { claimFile } from './claim-file.js';
import { inTransaction } from './transaction.js';

const DEMO_FILE = join(DEMO_DIR, 'n_niveau_formation_diplome.csv');
const postgresTarget = testDbTargets().find((target) => target.name === 'postgres');

// Several processes write to one database only on PostgreSQL (PGlite serves one process).
describe.runIf(postgresTarget)('the same file imported twice at once on PostgreSQL', () => {
  let db: DbHandle;
  beforeEach(async () => {
    if (postgresTarget === undefined) throw new Error('DATABASE_URL absent');
    db = await postgresTarget.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('refuses the file at once while another import of it runs, in French, then takes it', async () => {
    const file = await detectFile(DEMO_FILE);
    if (file.kind !== 'csv') throw new Error(`${DEMO_FILE} non reconnu`);

    // Another process's import of this file, under way.
    const during = await inTransaction(db, async (other) => {
      await claimFile(other, file.dataset.id, file.fingerprint.sha256);
      return importPaths(db, [DEMO_FILE]);
    });
    const after = await importPaths(db, [DEMO_FILE]);

    expect(during.files[0]?.status).toBe('failed');
    expect(during.files[0]?.message).toMatch(/importé au même moment par un autre processus/);
    expect(after.files[0]?.status).toBe('imported');
  });

  it('imports it once when two imports start together, never ending on a raw error', async () => {
    const runs = await Promise.all([importPaths(db, [DEMO_FILE]), importPaths(db, [DEMO_FILE])]);
    const files = runs.map((run) => run.files[0]);

    expect(files.filter((report) => report?.status === 'imported')).toHaveLength(1);
    for (const report of files) {
      expect(report?.message ?? '').not.toMatch(/duplicate key|violates/);
    }
  });
});
