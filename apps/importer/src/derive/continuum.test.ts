import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import-paths.js';
import { tempDir } from '../testing/temp-dir.js';

type Row = Record<string, unknown>;

// A CAP renewed under a new code (1↔1), and a bac pro split in two (1↔2, never carried).
const BCN = [
  'FORMATION_DIPLOME;NIVEAU_FORMATION_DIPLOME;LIBELLE_COURT;LIBELLE_LONG_200;DATE_OUVERTURE;DATE_FERMETURE;ANCIEN_DIPLOME_1;ANCIEN_DIPLOME_2;NOUVEAU_DIPLOME_1;NOUVEAU_DIPLOME_2',
  '50033401;500;CAP;CUISINE (ANCIEN);01/09/2010;31/08/2021;;;50033402;',
  '50033402;500;CAP;CUISINE;01/09/2021;;50033401;;;',
  '40025501;400;BAC PRO;MAINTENANCE (ANCIEN);01/09/2012;31/08/2022;;;40025502;40025503',
  '40025502;400;BAC PRO;MAINTENANCE OPTION A;01/09/2022;;40025501;;;',
  '40025503;400;BAC PRO;MAINTENANCE OPTION B;01/09/2022;;40025501;;;',
].join('\n');

const HEADER =
  'perimetre;millesime;filiere;code_certification;uai;code_region;nb_annee_term;nb_poursuite_etudes;nb_sortant;nb_en_emploi_6_mois;fictif';

describe.each(testDbTargets())('continuum carry-over on $name', ({ open }) => {
  let db: DbHandle;
  const files = tempDir('continuum');
  const rows = (sql: string, params: unknown[] = []) => db.query<Row>(sql, params);
  const figures = (code: string) =>
    rows(
      `select scope, region_code, millesime, nb_annee_term, nb_en_emploi_6_mois, derivation,
         donnee_source_type, donnee_source_code
       from indicateur where code = $1 order by scope, region_code, millesime`,
      [code],
    );

  beforeAll(async () => {
    db = await open();
    const report = await importPaths(db, [
      files.write('n_formation_diplome.csv', BCN),
      files.write(
        'anciens.csv',
        [
          HEADER,
          'national;2021_2022;apprentissage;50033401;;;120;30;90;60;non',
          'regional;2021_2022;apprentissage;50033401;;84;70;20;50;35;non',
          'regional;2021_2022;apprentissage;50033401;;11;50;10;40;25;non',
          'national;2021_2022;apprentissage;40025501;;;80;20;60;30;non',
        ].join('\n'),
      ),
    ]);
    expect(report.ok).toBe(true);
  });
  afterAll(async () => {
    await db.close();
    files.remove();
  });

  it('gives a renewed diploma without figures its predecessor’s, flagged as such', async () => {
    expect(await figures('50033402')).toEqual([
      {
        scope: 'national',
        region_code: null,
        millesime: '2021_2022',
        nb_annee_term: 120,
        nb_en_emploi_6_mois: 60,
        derivation: 'continuum',
        donnee_source_type: 'ancienne',
        donnee_source_code: '50033401',
      },
      ...[
        ['11', 50, 25],
        ['84', 70, 35],
      ].map(([region, term, emploi]) => ({
        scope: 'regional',
        region_code: region,
        millesime: '2021_2022',
        nb_annee_term: term,
        nb_en_emploi_6_mois: emploi,
        derivation: 'continuum',
        donnee_source_type: 'ancienne',
        donnee_source_code: '50033401',
      })),
    ]);
  });

  it('carries nothing across a diploma split in two', async () => {
    expect(await figures('40025502')).toEqual([]);
    expect(await figures('40025503')).toEqual([]);
  });

  it('replaces carried figures with real ones on the next import, and carries those back', async () => {
    const report = await importPaths(db, [
      files.write(
        'nouveaux.csv',
        [
          HEADER,
          'regional;2021_2022;apprentissage;50033402;;84;40;10;30;18;non',
          'regional;2022_2023;apprentissage;50033402;;84;45;10;35;20;non',
        ].join('\n'),
      ),
    ]);
    expect(report.ok).toBe(true);
    const own = await figures('50033402');
    // Its own regional figure wins, the region it lacks is still carried from its
    // predecessor, and the national figure is the sum of its own regional ones only.
    expect(own).toEqual([
      expect.objectContaining({
        scope: 'national',
        millesime: '2021_2022',
        nb_annee_term: 40,
        derivation: 'agregat_regional',
        donnee_source_type: 'self',
      }),
      expect.objectContaining({
        scope: 'national',
        millesime: '2022_2023',
        nb_annee_term: 45,
        derivation: 'agregat_regional',
        donnee_source_type: 'self',
      }),
      expect.objectContaining({
        scope: 'regional',
        region_code: '11',
        millesime: '2021_2022',
        nb_annee_term: 50,
        derivation: 'continuum',
        donnee_source_type: 'ancienne',
      }),
      expect.objectContaining({
        scope: 'regional',
        region_code: '84',
        millesime: '2021_2022',
        nb_annee_term: 40,
        derivation: null,
        donnee_source_type: 'self',
      }),
      expect.objectContaining({
        scope: 'regional',
        region_code: '84',
        millesime: '2022_2023',
        derivation: null,
      }),
    ]);
    // The closed diploma has no 2022_2023 figures: it is served its successor's.
    const old = await figures('50033401');
    expect(old.filter((row) => row.millesime === '2022_2023')).toEqual([
      expect.objectContaining({
        scope: 'national',
        nb_annee_term: 45,
        derivation: 'agregat_regional',
        donnee_source_type: 'nouvelle',
        donnee_source_code: '50033402',
      }),
      expect.objectContaining({
        scope: 'regional',
        region_code: '84',
        nb_annee_term: 45,
        derivation: 'continuum',
        donnee_source_type: 'nouvelle',
        donnee_source_code: '50033402',
      }),
    ]);
  });

  it('gives a diploma between a predecessor and a successor with figures its predecessor’s', async () => {
    const report = await importPaths(db, [
      files.write(
        'n_formation_diplome_chaine.csv',
        [
          BCN.split('\n')[0],
          '50044401;500;CAP;VENTE (1);01/09/2008;31/08/2016;;;50044402;',
          '50044402;500;CAP;VENTE (2);01/09/2016;31/08/2021;50044401;;50044403;',
          '50044403;500;CAP;VENTE (3);01/09/2021;;50044402;;;',
        ].join('\n'),
      ),
      files.write(
        'chaine.csv',
        [
          HEADER,
          'national;2021_2022;apprentissage;50044401;;;60;10;50;30;non',
          'national;2021_2022;apprentissage;50044403;;;90;30;60;45;non',
        ].join('\n'),
      ),
    ]);
    expect(report.ok).toBe(true);
    expect(await figures('50044402')).toEqual([
      expect.objectContaining({
        scope: 'national',
        nb_annee_term: 60,
        derivation: 'continuum',
        donnee_source_type: 'ancienne',
        donnee_source_code: '50044401',
      }),
    ]);
  });

  it('pairs the final years of a renewal by length when a diploma has several', async () => {
    const mef = (cfd: string, duree: number, annee: number, mefstat11: string) =>
      `${mefstat11.slice(1)};247;${cfd};${duree};${annee};BAC PRO;BAC PRO;01/09/2019;;${mefstat11}`;
    const report = await importPaths(db, [
      files.write(
        'n_formation_diplome_longueurs.csv',
        [
          BCN.split('\n')[0],
          '40031202;400;BAC PRO;COMMERCE;01/09/1992;31/08/2021;;;40031213;',
          '40031213;400;BAC PRO;COMMERCE OPTION A;01/09/2019;;40031202;;;',
        ].join('\n'),
      ),
      files.write(
        'n_mef_longueurs.csv',
        [
          'MEF;DISPOSITIF_FORMATION;FORMATION_DIPLOME;DUREE_DISPOSITIF;ANNEE_DISPOSITIF;LIBELLE_COURT;LIBELLE_LONG;DATE_OUVERTURE;DATE_FERMETURE;MEF_STAT_11',
          // The old diploma has a 1-, a 2- and a 3-year course; the new one a 3-year course only.
          mef('40031202', 1, 1, '23610031202'),
          mef('40031202', 2, 2, '23720031202'),
          mef('40031202', 3, 3, '23830031202'),
          mef('40031213', 3, 3, '23830031213'),
        ].join('\n'),
      ),
      files.write(
        'longueurs.csv',
        [
          HEADER,
          'national;2020_2021;scolaire;23830031202;;;300;90;210;120;non',
          'national;2020_2021;scolaire;23720031202;;;20;5;15;8;non',
        ].join('\n'),
      ),
    ]);
    expect(report.files.flatMap((file) => file.errors)).toEqual([]);
    expect(report.ok).toBe(true);
    const cases: [string, number | null][] = [
      ['23830031213', 300],
      ['23720031213', null],
    ];
    for (const [code, term] of cases) {
      const carried = await figures(code);
      expect(carried.map((row) => row.nb_annee_term)).toEqual(term === null ? [] : [term]);
    }
  });
});
