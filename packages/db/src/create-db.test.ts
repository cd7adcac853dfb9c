import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from './create-db.js';
import { imports, indicateurs } from './schema/index.js';
import { testDbTargets } from './testing.js';

describe.each(testDbTargets())('on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('answers once migrated', async () => {
    await expect(handle.ping()).resolves.toBeUndefined();
    const tables = await handle.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['diplome', 'indicateur', 'import', 'mef', 'etablissement']),
    );
  });

  it('keeps one row per scope, code, filière, millésime, region and UAI, empty ones included', async () => {
    const [record] = await handle.db
      .insert(imports)
      .values({
        dataset: 'test',
        fichier: 'test.csv',
        sha256: 'abc',
        lignes_lues: 1,
        lignes_importees: 1,
        lignes_inchangees: 0,
        lignes_rejetees: 0,
        debut: new Date(),
        fin: new Date(),
      })
      .returning();
    if (record === undefined) throw new Error('no import row returned');
    const row = {
      scope: 'national' as const,
      millesime: '2022_2023',
      filiere: 'apprentissage' as const,
      code: '40025214',
      code_type: 'CFD' as const,
      nb_annee_term: 12,
      import_id: record.id,
    };
    await handle.db.insert(indicateurs).values(row);
    await expect(handle.db.insert(indicateurs).values(row)).rejects.toThrow();
    await handle.db
      .insert(indicateurs)
      .values({ ...row, nb_annee_term: 40 })
      .onConflictDoUpdate({
        target: [
          indicateurs.code,
          indicateurs.scope,
          indicateurs.filiere,
          indicateurs.millesime,
          indicateurs.region_code,
          indicateurs.uai,
        ],
        set: { nb_annee_term: 40 },
      });
    const stored = await handle.db
      .select()
      .from(indicateurs)
      .where(eq(indicateurs.code, '40025214'));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.nb_annee_term).toBe(40);
  });
});

describe('PGlite in a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ij-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its data and migrates again harmlessly on the next start', async () => {
    const first = await createDb({ pgliteDir: dir });
    await first.query("insert into region (code, libelle) values ('11', 'Île-de-France')");
    await first.close();
    const second = await createDb({ pgliteDir: dir });
    const rows = await second.query<{ libelle: string }>('select libelle from region');
    await second.close();
    expect(rows).toEqual([{ libelle: 'Île-de-France' }]);
  }, 120_000); // initdb on disk takes seconds, far more on a busy machine

  it('names the folder and the fix when it cannot be written', async () => {
    await expect(createDb({ pgliteDir: '/etc/hostname/pglite' })).rejects.toThrow(
      /\/etc\/hostname\/pglite.*n’est pas un dossier \(ENOTDIR\).*PGLITE_DIR/,
    );
  });
});
