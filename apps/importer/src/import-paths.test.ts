import { percentHalfEven } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from './import-paths.js';
import { snapshotDb } from './testing/db-snapshot.js';
import { regionalSubset } from './testing/regional-subset.js';
import { hasSharedData, sharedData } from './testing/shared-data.js';
import { tempDir } from './testing/temp-dir.js';

type Row = Record<string, unknown>;

const OWN_HEADER =
  'perimetre;millesime;filiere;code_certification;uai;code_region;nb_annee_term;nb_poursuite_etudes;nb_sortant;nb_en_emploi_6_mois;nb_en_emploi_12_mois;salaire_12_mois_q1;salaire_12_mois_q2;salaire_12_mois_q3;fictif';

describe.each(testDbTargets())('importing on $name', ({ open }) => {
  let db: DbHandle;
  const files = tempDir('import-paths');
  const rows = (sql: string, params: unknown[] = []) => db.query<Row>(sql, params);

  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
    files.remove();
  });

  it('computes the shares exactly: ties to even, 100 in all, threshold, nobody left', async () => {
    const path = files.write(
      'regles.csv',
      [
        OWN_HEADER,
        // 5/40 = 12.5 % → 12; 19/40 = 47.5 % → 48; the rest, 40, makes 100.
        'national;2021;apprentissage;CFD:40025214;;;40;5;35;19;;1500;1650;1800;oui',
        // 27/200 = 13.5 % → 14; 57/200 = 28.5 % → 28; 58 others.
        'national;2021;scolaire;MEFSTAT11:23830025214;;;200;27;173;57;60;;;;oui',
        // 19 students: stored, with every count, and the reason not to show them.
        'regional;2021;apprentissage;50022135;;84;19;4;15;9;;;;;oui',
        // Nobody left (leavers empty, all went on studying): nobody is in work, not "unknown".
        'formation;2021;scolaire;23830025214;0010001W;84;24;24;;;;;;;oui',
      ].join('\n'),
    );
    const report = await importPaths(db, [path]);
    expect(report.ok).toBe(true);
    expect(report.files[0]).toMatchObject({ status: 'imported', imported: 4, fictif: true });
    const [tie] = await rows(
      "select * from indicateur where code = '40025214' and scope = 'national' and millesime = '2021'",
    );
    expect(tie).toMatchObject({
      taux_en_formation: 12,
      taux_en_emploi_6_mois: 48,
      taux_autres_6_mois: 40,
      salaire_12_mois_q2: 1650,
      fictif: true,
      raison_masquage: null,
    });
    const [other] = await rows(
      "select * from indicateur where code = '23830025214' and scope = 'national' and millesime = '2021'",
    );
    expect(other).toMatchObject({
      taux_en_formation: 14,
      taux_en_emploi_6_mois: 28,
      taux_autres_6_mois: 58,
    });
    for (const row of [tie, other]) {
      expect(
        Number(row?.taux_en_formation) +
          Number(row?.taux_en_emploi_6_mois) +
          Number(row?.taux_autres_6_mois),
      ).toBe(100);
    }
    const [small] = await rows(
      "select * from indicateur where code = '50022135' and millesime = '2021'",
    );
    expect(small).toMatchObject({
      nb_annee_term: 19,
      nb_poursuite_etudes: 4,
      nb_en_emploi_6_mois: 9,
      raison_masquage: 'effectif_insuffisant',
    });
    const [nobody] = await rows(
      "select * from indicateur where code = '23830025214' and scope = 'formation'",
    );
    expect(nobody).toMatchObject({
      nb_sortant: 0,
      nb_en_emploi_6_mois: 0,
      taux_en_formation: 100,
      taux_en_emploi_6_mois: 0,
      taux_autres_6_mois: 0,
    });
    const [record] = await rows('select * from import where id = $1', [report.files[0]?.importId]);
    expect(record).toMatchObject({
      dataset: 'indicateurs-csv',
      fichier: 'regles.csv',
      lignes_lues: 4,
      lignes_importees: 4,
      fictif: true,
    });
  });

  describe.runIf(hasSharedData)('with real regional figures', () => {
    const subset = regionalSubset();
    let regionalPath = '';

    beforeAll(async () => {
      regionalPath = files.write('ij_region_subset.csv', subset.text);
    });

    it('sums regional counts into national figures where none is published', async () => {
      const report = await importPaths(db, [regionalPath]);
      expect(report.files[0]).toMatchObject({ status: 'imported', imported: subset.lines.length });
      // The sums the test computes itself from the file: rows with the final-year count,
      // further study and employment at 6 months (none when nobody left).
      const expected = new Map<string, { term: number; poursuite: number; emploi: number }>();
      const header = subset.header.split(';');
      for (const line of subset.lines) {
        const field = Object.fromEntries(
          line.split(';').map((value, index) => [header[index], value]),
        );
        const term = field.nb_annee_term;
        const poursuite = field.nb_poursuite_etudes;
        const nobodyLeft = field.nb_sortant === '' && poursuite !== '' && poursuite === term;
        const emploi =
          field.nb_en_emploi_6_mois === '' && nobodyLeft ? '0' : field.nb_en_emploi_6_mois;
        if (!term || !poursuite || !emploi) continue;
        const code = field.voie === 'scolaire' ? field.mefstat11 : field.cfd;
        const key = `${field.millesime}|${field.voie}|${code}`;
        const sum = expected.get(key) ?? { term: 0, poursuite: 0, emploi: 0 };
        sum.term += Number(term);
        sum.poursuite += Number(poursuite);
        sum.emploi += Number(emploi);
        expected.set(key, sum);
      }
      const national = await rows(
        "select * from indicateur where scope = 'national' and derivation = 'agregat_regional' and donnee_source_type = 'self'",
      );
      const byKey = new Map(
        national.map((row) => [`${row.millesime}|${row.filiere}|${row.code}`, row]),
      );
      expect(expected.size).toBeGreaterThan(50);
      for (const [key, sum] of expected) {
        const row = byKey.get(key);
        expect(row, key).toMatchObject({
          nb_annee_term: sum.term,
          nb_poursuite_etudes: sum.poursuite,
          nb_en_emploi_6_mois: sum.emploi,
          taux_en_formation: percentHalfEven(sum.poursuite, sum.term),
          taux_en_emploi_6_mois: percentHalfEven(sum.emploi, sum.term),
        });
      }
    });

    it('changes nothing when the same file is imported again, and says so', async () => {
      const before = await snapshotDb(db);
      const report = await importPaths(db, [regionalPath]);
      expect(report.ok).toBe(true);
      expect(report.files[0]?.status).toBe('already-imported');
      expect(report.files[0]?.message).toMatch(/déjà importé .* rien n’a changé/);
      expect(await snapshotDb(db)).toEqual(before);
    });

    it('reads a Latin-1, |-separated, CRLF copy of the file to the same figures', async () => {
      const figures = () =>
        rows(
          'select code, scope, filiere, millesime, region_code, nb_annee_term, nb_poursuite_etudes, nb_sortant, nb_en_emploi_6_mois, nb_en_emploi_24_mois, taux_en_formation, taux_en_emploi_6_mois, taux_emploi_sortants_6_mois from indicateur where derivation is null order by 1, 2, 3, 4, 5',
        );
      const before = await figures();
      const copy = [subset.header, ...subset.lines]
        .map((line) => line.replaceAll(';', '|'))
        .join('\r\n');
      const path = files.write('ij_region_latin1.csv', Buffer.from(`${copy}\r\n`, 'latin1'));
      const report = await importPaths(db, [path]);
      expect(report.files[0]).toMatchObject({
        status: 'imported',
        imported: 0,
        unchanged: subset.lines.length,
      });
      expect(await figures()).toEqual(before);
    });

    it('imports a folder in dependency order whatever the order of its files', async () => {
      const folder = tempDir('ordered');
      try {
        // Figures first by name, then the nomenclature they depend on.
        folder.write(
          'a-figures.csv',
          [OWN_HEADER, 'regional;2022_2023;scolaire;23830023303;;84;30;6;24;12;;;;;non'].join('\n'),
        );
        folder.write(
          'z-mef.csv',
          [
            'MEF;DISPOSITIF_FORMATION;FORMATION_DIPLOME;DUREE_DISPOSITIF;ANNEE_DISPOSITIF;LIBELLE_COURT;LIBELLE_LONG;DATE_OUVERTURE;DATE_FERMETURE;MEF_STAT_11',
            '2473303331;247;40023303;3;3;TLEPRO;TLEPRO MENUISERIE ALUMINIUM-VERRE;01/09/2019;;23830023303',
            '2473303321;247;40023303;3;2;1ERPRO;1ERPRO MENUISERIE ALUMINIUM-VERRE;01/09/2019;;23820023303',
          ].join('\n'),
        );
        const report = await importPaths(db, [folder.path('')]);
        expect(report.files.map((file) => file.path.split('/').at(-1))).toEqual([
          'z-mef.csv',
          'a-figures.csv',
        ]);
        const [row] = await rows(
          "select cfd from indicateur where code = '23830023303' and scope = 'regional'",
        );
        expect(row?.cfd).toBe('40023303');
        const resolved = await rows(
          "select code_final, raison from resolution_code where code = '23820023303'",
        );
        expect(resolved).toEqual([{ code_final: '23830023303', raison: 'annee_non_terminale' }]);
      } finally {
        folder.remove();
      }
    });
  });

  it.runIf(hasSharedData)(
    'imports the real familles de métiers into seconde-commune resolutions',
    async () => {
      const report = await importPaths(db, [
        sharedData('bcn/nMef.csv'),
        sharedData('bcn/n_lien_mef_famille_metier.csv'),
        sharedData('bcn/familleMetiers.csv'),
      ]);
      expect(report.ok).toBe(true);
      const finals = await rows(
        "select code_final from resolution_code where code = '23810020006' and raison = 'seconde_commune' order by 1",
      );
      // The 2nde pro of the building famille leads to its nine bac pro specialities.
      expect(finals.map((row) => row.code_final)).toEqual([
        '23830023102',
        '23830023203',
        '23830023205',
        '23830023206',
        '23830023207',
        '23830023210',
        '23830023303',
        '23830023304',
        '23830025406',
      ]);
      const [year] = await rows(
        "select code_final from resolution_code where code = '23820023304'",
      );
      expect(year?.code_final).toBe('23830023304');
    },
  );

  it.runIf(hasSharedData)(
    'resolves a common first year of a BTS to its options, and no first year to a code N_MEF lacks',
    async () => {
      const report = await importPaths(db, [
        sharedData('bcn/nMef.csv'),
        sharedData('bcn/optionsBTS.csv'),
      ]);
      expect(report.ok).toBe(true);
      const resolved = async (code: string) =>
        rows('select code_final, raison from resolution_code where code = $1 order by 1', [code]);
      // BTS SIO: its common first year leads to options A and B.
      expect(await resolved('32211032612')).toEqual([
        { code_final: '32221032613', raison: 'seconde_commune' },
        { code_final: '32221032614', raison: 'seconde_commune' },
      ]);
      // Not its CFD, under which apprentices' figures are published (32033606 has some).
      expect(await resolved('32032612')).toEqual([]);
      // A first year of a bac pro whose final year N_MEF does not list resolves to nothing.
      expect(await resolved('23811033001')).toEqual([]);
    },
  );
});
