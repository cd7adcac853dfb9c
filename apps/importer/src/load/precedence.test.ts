import { readFileSync } from 'node:fs';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import-paths.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';
import { tempDir } from '../testing/temp-dir.js';

type Row = Record<string, unknown>;

const DEPP = sharedData(
  'inserjeunes/etablissements/depp-2022-etablissements-2021_2022-apprentissage.csv',
);
const CFA = sharedData('inserjeunes/etablissements/fr-en-inserjeunes-cfa.csv');
const REGIONAL = sharedData('inserjeunes/regional/ij_region_data.csv');

/** The apprenticeship figures per establishment, without what says which import wrote them. */
async function establishmentFigures(db: DbHandle): Promise<Row[]> {
  const rows = await db.query<Row>(
    `select * from indicateur where scope = 'etablissement' and filiere = 'apprentissage'
       and millesime = '2021_2022' order by uai`,
  );
  return rows.map(({ id: _id, import_id: _import, ...rest }) => rest);
}

describe.runIf(hasSharedData).each(testDbTargets())(
  'which source wins, on the official files, on $name',
  ({ open }) => {
    const files = tempDir('precedence');
    const dbs: DbHandle[] = [];
    const fresh = async () => {
      const db = await open();
      dbs.push(db);
      return db;
    };
    afterAll(async () => {
      for (const db of dbs) await db.close();
      files.remove();
    });

    it('keeps the CFA dataset’s figures over a DEPP yearly file’s, whatever the import order', async () => {
      const deppFirst = await fresh();
      for (const path of [DEPP, CFA]) expect((await importPaths(deppFirst, [path])).ok).toBe(true);
      const cfaFirst = await fresh();
      expect((await importPaths(cfaFirst, [CFA])).ok).toBe(true);
      const late = await importPaths(cfaFirst, [DEPP]);
      expect(late.ok).toBe(true);
      const [report] = late.files;
      // The DEPP rows the CFA dataset also gives are left to it, and the report says so.
      expect(report?.conflicts.kept).toBeGreaterThan(0);
      expect(report?.conflicts.replaced).toBe(0);
      expect(await establishmentFigures(cfaFirst)).toEqual(await establishmentFigures(deppFirst));
    }, 300_000);

    it('names an establishment as the newest DEPP file does, whatever the import order', async () => {
      const older = sharedData(
        'inserjeunes/etablissements/depp-2022-etablissements-2018_2019-pro.csv',
      );
      const newer = sharedData(
        'inserjeunes/etablissements/depp-2022-etablissements-2022_2023-pro.csv',
      );
      const name = async (db: DbHandle) =>
        (
          await db.query<{ libelle: string }>(
            "select libelle from etablissement where uai = '0011010T'",
          )
        )[0]?.libelle;
      for (const order of [
        [older, newer],
        [newer, older],
      ]) {
        const db = await fresh();
        for (const path of order) expect((await importPaths(db, [path])).ok).toBe(true);
        expect(await name(db)).toBe(
          "Section d'enseignement professionnel du Lycée polyvalent du Bugey",
        );
      }
    }, 300_000);

    it('keeps the later InserSup publication of a promotion, whatever the import order', async () => {
      const older = sharedData('insersup/fr-esr-insersup-records-2023_S2.json');
      const newer = sharedData('insersup/fr-esr-insersup-records-2024_S2.json');
      const figures = (db: DbHandle) =>
        db.query<Row>(
          `select millesime, nb_sortant, taux_emploi_sortants_12_mois from indicateur
           where scope = 'formation' and code = '2500249' and uai = '0062205P' order by millesime`,
        );
      const answers: Row[][] = [];
      for (const order of [
        [older, newer],
        [newer, older],
      ]) {
        const db = await fresh();
        const reports = [];
        for (const path of order) reports.push(await importPaths(db, [path]));
        expect(reports.every((report) => report.ok)).toBe(true);
        answers.push(await figures(db));
        if (order[1] === older) expect(reports[1]?.files[0]?.conflicts.kept).toBe(1);
      }
      // Promotion 2021: 2024_S2's 130 leavers and 86 %, not 2023_S2's 120 and 93 %;
      // promotion 2020, only in 2023_S2, stays.
      expect(answers[0]).toEqual([
        { millesime: '2020', nb_sortant: 117, taux_emploi_sortants_12_mois: 72 },
        { millesime: '2021', nb_sortant: 130, taux_emploi_sortants_12_mois: 86 },
      ]);
      expect(answers[1]).toEqual(answers[0]);
    }, 300_000);

    it('keeps InserSup’s 2026 structure over an older records publication of the same promotion', async () => {
      // Built: a 2026_S1 line for the promotion the 2024_S2 records also describe.
      const current = files.write(
        'fr-esr-insersup-2026_S1-construit.csv',
        [
          'date_jeu;etablissement;diplome;promo;obtention_diplome;genre;nationalite;regime_inscription;nb_sortants_6;nb_poursuivants_6;nb_sortants_12;nb_poursuivants_12;tx_sortants_en_emploi_sal_fr_12',
          '2026_S1;0062205P;2500249;2021;diplômé;ensemble;ensemble;ensemble;140;60;140;60;90.0',
        ].join('\n'),
      );
      const records = sharedData('insersup/fr-esr-insersup-records-2024_S2.json');
      for (const order of [
        [current, records],
        [records, current],
      ]) {
        const db = await fresh();
        for (const path of order) expect((await importPaths(db, [path])).ok).toBe(true);
        expect(
          await db.query<Row>(
            `select nb_sortant, taux_emploi_sortants_12_mois from indicateur
             where scope = 'formation' and code = '2500249' and millesime = '2021'`,
          ),
        ).toEqual([{ nb_sortant: 140, taux_emploi_sortants_12_mois: 90 }]);
      }
    }, 300_000);

    it('accounts in the report for every line read, lines grouped into one figure included', async () => {
      const db = await fresh();
      const report = await importPaths(db, [
        sharedData('insersup/fr-esr-insersup-long-format.json'),
      ]);
      const [file] = report.files;
      expect(file).toMatchObject({ read: 60, imported: 1, ignored: 55, grouped: 4 });
      const { read, imported, unchanged, ignored, grouped, rejected, conflicts } = file ?? {
        read: 0,
      };
      expect(
        (imported ?? 0) +
          (unchanged ?? 0) +
          (ignored ?? 0) +
          (grouped ?? 0) +
          (rejected ?? 0) +
          (conflicts?.kept ?? 0),
      ).toBe(read);
    });

    describe('a file published again', () => {
      let db: DbHandle;
      const lines = hasSharedData ? readFileSync(REGIONAL, 'utf8').split('\n') : [];
      // The header and 300 rows; the second publication drops the first row.
      const first = files.write('ij_region_data.csv', lines.slice(0, 301).join('\n'));
      const second = files.write(
        'ij_region_data_v2.csv',
        [lines[0], ...lines.slice(2, 301)].join('\n'),
      );
      const dropped = (lines[1] ?? '').split(';');
      const [millesime, region, voie, cfd, mefstat11] = [
        dropped[1],
        dropped[3],
        dropped[4],
        dropped[5],
        dropped[6],
      ];
      const code = voie === 'scolaire' ? mefstat11 : cfd;
      const rowsOfDropped = () =>
        db.query<Row>(
          `select scope, derivation from indicateur
           where code = $1 and millesime = $2 and (region_code = $3 or scope = 'national')
           order by scope`,
          [code, millesime, region],
        );
      beforeAll(async () => {
        db = await fresh();
        expect((await importPaths(db, [first])).ok).toBe(true);
      }, 300_000);

      it('removes the rows it no longer holds, in its import, and counts them', async () => {
        expect((await rowsOfDropped()).map((row) => row.scope)).toContain('regional');
        const report = await importPaths(db, [second]);
        expect(report.ok).toBe(true);
        expect(report.files[0]?.removed).toBe(1);
        expect(report.files[0]?.unchanged).toBe(299);
        expect((await rowsOfDropped()).filter((row) => row.derivation === null)).toEqual([]);
        const [count] = await db.query<{ n: number }>(
          "select count(*)::int as n from indicateur where scope = 'regional' and derivation is null",
        );
        expect(count?.n).toBe(299);
      });
    });
  },
);
