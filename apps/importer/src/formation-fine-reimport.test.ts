import { readFileSync } from 'node:fs';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from './import-paths.js';
import { snapshotDb } from './testing/db-snapshot.js';
import { hasSharedData, sharedData } from './testing/shared-data.js';
import { tempDir } from './testing/temp-dir.js';

const LYCEES = sharedData(
  'inserjeunes/formation-fine/fr-en-inserjeunes-lycee_pro-formation-fine-bts-extrait.csv',
);

describe.runIf(hasSharedData).each(testDbTargets())(
  're-importing the formation-level file on $name',
  ({ open }) => {
    let db: DbHandle;
    const files = tempDir('formation-fine-reimport');
    const figures = () =>
      db.query(
        'select scope, filiere, millesime, code, uai, taux_en_formation, taux_en_emploi_6_mois, taux_autres_6_mois, taux_emploi_sortants_6_mois, taux_emploi_sortants_12_mois, taux_emploi_sortants_18_mois, taux_emploi_sortants_24_mois, raison_masquage, import_id from indicateur order by uai, code, millesime',
      );

    beforeAll(async () => {
      db = await open();
      const report = await importPaths(db, [LYCEES]);
      expect(report.files[0]).toMatchObject({ status: 'imported', imported: 62 });
    });
    afterAll(async () => {
      await db.close();
      files.remove();
    });

    it('changes nothing when the same file comes again', async () => {
      const before = await snapshotDb(db);
      const report = await importPaths(db, [LYCEES]);
      expect(report.files[0]?.status).toBe('already-imported');
      expect(await snapshotDb(db)).toEqual(before);
    });

    it('changes no figure when a re-serialized copy (BOM, CRLF) comes', async () => {
      const before = await figures();
      const text = readFileSync(LYCEES, 'utf8').replace(/\r?\n/g, '\r\n');
      const report = await importPaths(db, [files.write('copie.csv', `\uFEFF${text}`)]);
      expect(report.files[0]).toMatchObject({ status: 'imported', imported: 0, unchanged: 62 });
      expect(await figures()).toEqual(before);
    });
  },
);
