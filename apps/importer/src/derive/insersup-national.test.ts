import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import-paths.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';
import { tempDir } from '../testing/temp-dir.js';

const HEADER = [
  'date_jeu',
  'etablissement',
  'diplome',
  'promo',
  'obtention_diplome',
  'genre',
  'nationalite',
  'regime_inscription',
  ...[6, 12].flatMap((h) => [
    `nb_sortants_${h}`,
    `nb_poursuivants_${h}`,
    `tx_sortants_en_emploi_sal_fr_${h}`,
  ]),
  'nb_sortants_en_emploi_sal_fr_12',
].join(';');

describe.each(testDbTargets())('national InserSup sums of establishments on $name', ({ open }) => {
  let db: DbHandle;
  const files = tempDir('insersup-national');
  const national = (code: string) =>
    db.query<Record<string, unknown>>(
      `select * from indicateur where scope = 'national' and code = $1 order by millesime`,
      [code],
    );
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
    files.remove();
  });

  it('sums the counts of the establishments that count their students, and says so', async () => {
    const path = files.write(
      'insersup-2026.csv',
      [
        HEADER,
        // Two universities with counts: 22 + 30 leavers, 115 + 10 still studying.
        '2026_S1;0383546Y;2300193;2023;diplômé;ensemble;ensemble;ensemble;22;115;63.64;22;115;77.27;17',
        '2026_S1;0492246A;2300193;2023;diplômé;ensemble;ensemble;ensemble;30;10;60.0;30;10;70.0;21',
        // A third withheld by the source: its leavers alone are not summed.
        '2026_S1;7200664J;2300193;2023;diplômé;ensemble;ensemble;ensemble;4;nd;nd;4;nd;nd;nd',
      ].join('\n'),
    );
    const report = await importPaths(db, [path]);
    expect(report.ok).toBe(true);
    const [row] = await national('2300193');
    expect(row).toMatchObject({
      scope: 'national',
      filiere: 'superieur',
      millesime: '2023',
      derivation: 'agregat_etablissements',
      nb_annee_term: 177,
      nb_sortant: 52,
      nb_poursuite_etudes: 125,
      nb_en_emploi_12_mois: 38,
      // 125 / 177 = 70.6 %; 38 / 177 = 21.5 %.
      taux_en_formation: 71,
      taux_en_emploi_12_mois: 21,
      // Rates over leavers are each establishment's own: never summed.
      taux_emploi_sortants_12_mois: null,
      raison_masquage: null,
    });
  });

  it.runIf(hasSharedData)('sums the real extract’s establishments per SISE', async () => {
    const report = await importPaths(db, [
      sharedData('insersup/fr-esr-insersup-2026_S1-extrait.csv'),
    ]);
    expect(report.ok).toBe(true);
    const [row] = await national('6000715');
    // One establishment counts its students: 66 leavers and 10 still studying.
    expect(row).toMatchObject({ derivation: 'agregat_etablissements', nb_annee_term: 76 });
  });
});
