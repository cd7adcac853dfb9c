import { afterAll, describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';
import { tempDir } from '../testing/temp-dir.js';

const EXTRACT = 'insersup/fr-esr-insersup-2026_S1-extrait.csv';

/** A published rate over leavers as our records hold it: rounded to the unit, null when `nd` or empty. */
const leaverRate = (value: string | undefined) =>
  value === undefined || value === '' || value === 'nd' ? null : Math.round(Number(value));

describe.runIf(hasSharedData)('InserSup, current structure (2026_S1, real extract)', () => {
  it('serves each headline line at the formation scope, rates over leavers as published', async () => {
    const path = sharedData(EXTRACT);
    const parsed = await parseFile(path);
    expect(datasetOf(parsed)).toBe('insersup-2026');
    expect(parsed.errors).toEqual([]);
    const source = naiveCsv(path);
    expect(source[0] ? Object.keys(source[0]) : []).toHaveLength(101);
    const rows = rowsOf(parsed, 'indicateur').filter((row) => row.scope === 'formation');
    expect(parsed.ignored).toBe(0);
    const lines = source.filter((line) => line.diplome !== 'all');
    expect(rows).toHaveLength(lines.length);
    lines.forEach((line, position) => {
      const withheld = line.tx_sortants_en_emploi_sal_fr_6 === 'nd';
      expect(rows[position]).toMatchObject({
        scope: 'formation',
        filiere: 'superieur',
        code: line.diplome,
        code_type: 'SISE',
        uai: line.etablissement,
        millesime: (line.promo ?? '').replace(',', '_'),
        nb_sortant: Number(line.nb_sortants_6),
        taux_emploi_sortants_6_mois: leaverRate(line.tx_sortants_en_emploi_sal_fr_6),
        taux_emploi_sortants_12_mois: leaverRate(line.tx_sortants_en_emploi_sal_fr_12),
        taux_emploi_sortants_18_mois: leaverRate(line.tx_sortants_en_emploi_sal_fr_18),
        taux_emploi_sortants_24_mois: leaverRate(line.tx_sortants_en_emploi_sal_fr_24),
        raison_masquage: withheld ? 'masque_par_la_source' : null,
      });
    });
  });

  it('keeps the counts of each horizon over the same leavers only', async () => {
    const rows = rowsOf(await parseFile(sharedData(EXTRACT)), 'indicateur');
    // 22 leavers at every horizon: 16 then 17, 17, 21 in salaried work in France.
    expect(rows.find((row) => row.code === '6001256')).toMatchObject({
      nb_annee_term: 25,
      nb_poursuite_etudes: 3,
      nb_sortant: 22,
      nb_en_emploi_12_mois: 16,
      nb_en_emploi_30_mois: 21,
    });
    // 27 leavers at 6 months, 28 afterwards: the later counts are over other leavers.
    expect(rows.find((row) => row.code === '6000799')).toMatchObject({
      nb_sortant: 27,
      nb_en_emploi_12_mois: null,
      taux_emploi_sortants_12_mois: 75,
    });
    // A horizon not yet observable (empty) is null, not zero.
    expect(rows.find((row) => row.code === '2400235')).toMatchObject({
      taux_emploi_sortants_24_mois: null,
      nb_en_emploi_24_mois: null,
    });
  });
  it('serves the `all` line of an establishment and promotion as its establishment record', async () => {
    const parsed = await parseFile(sharedData(EXTRACT));
    const all = naiveCsv(sharedData(EXTRACT)).find((line) => line.diplome === 'all');
    const establishments = rowsOf(parsed, 'indicateur').filter(
      (row) => row.scope === 'etablissement',
    );
    expect(establishments).toHaveLength(1);
    expect(establishments[0]).toMatchObject({
      filiere: 'superieur',
      uai: all?.etablissement,
      code: null,
      millesime: all?.promo,
      nb_sortant: Number(all?.nb_sortants_6),
      nb_poursuite_etudes: Number(all?.nb_poursuivants_6),
      nb_en_emploi_12_mois: Number(all?.nb_sortants_en_emploi_sal_fr_12),
      taux_emploi_sortants_6_mois: leaverRate(all?.tx_sortants_en_emploi_sal_fr_6),
      taux_emploi_sortants_12_mois: leaverRate(all?.tx_sortants_en_emploi_sal_fr_12),
    });
  });

  it('imports each diploma’s label and its SISE type, in InserSup’s words', async () => {
    const parsed = await parseFile(sharedData(EXTRACT));
    const diplomes = rowsOf(parsed, 'diplome');
    expect(diplomes.find((row) => row.code === '2300193')).toMatchObject({
      code_type: 'SISE',
      niveau: 'XA',
      libelle_long: 'STAPS : EDUCATION ET MOTRICITE',
    });
    expect(diplomes.find((row) => row.code === '2400235')).toMatchObject({
      niveau: 'DR',
      libelle_long: 'INFORMATIQUE',
    });
    expect(diplomes.find((row) => row.code === '6001256')?.niveau).toBe('FI');
    const types = new Map(rowsOf(parsed, 'niveau_formation').map((row) => [row.code, row]));
    expect([...types.keys()].sort()).toEqual(['DR', 'FI', 'XA']);
    expect(types.get('XA')?.libelle_court).toBe('Licence générale');
    expect(types.get('DR')?.libelle_court).toBe('Bachelor universitaire de technologie');
  });
});

describe('bad InserSup lines', () => {
  const files = tempDir('insersup-2026');
  afterAll(() => files.remove());

  it('names the column and the value that are wrong', async () => {
    const header = [
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
    ];
    const path = files.write(
      'bad.csv',
      [
        header.join(';'),
        '2026_S1;0383546Y;2300193;2023;diplômé;ensemble;ensemble;ensemble;22;115;163.64;22;115;77.27',
        '2026_S1;0383546Y;2300193;2023;diplômé;ensemble;ensemble;ensemble;-2;115;63.64;22;115;77.27',
      ].join('\n'),
    );
    const parsed = await parseFile(path);
    expect(datasetOf(parsed)).toBe('insersup-2026');
    expect(parsed.errors.map((error) => `${error.line}: ${error.reason}`)).toEqual([
      '2: tx_sortants_en_emploi_sal_fr_6 : taux impossible (163.64), attendu entre 0 et 100',
      '3: nb_sortants_6 : effectif négatif (-2)',
    ]);
  });

  it('sums the `all` lines of several diploma types into one establishment record', async () => {
    const header =
      'date_jeu;etablissement;diplome;type_diplome;promo;obtention_diplome;genre;nationalite;regime_inscription;nb_sortants_6;nb_poursuivants_6;nb_sortants_12;nb_poursuivants_12;nb_sortants_en_emploi_sal_fr_12;tx_sortants_en_emploi_sal_fr_12';
    const path = files.write(
      'all.csv',
      [
        header,
        '2026_S1;0383546Y;all;Licence générale;2024;diplômé;ensemble;ensemble;ensemble;100;300;100;300;60;60.0',
        '2026_S1;0383546Y;all;but;2024;diplômé;ensemble;ensemble;ensemble;50;150;50;150;40;80.0',
      ].join('\n'),
    );
    const parsed = await parseFile(path);
    expect(parsed.errors).toEqual([]);
    expect(rowsOf(parsed, 'indicateur')).toEqual([
      expect.objectContaining({
        scope: 'etablissement',
        uai: '0383546Y',
        millesime: '2024',
        nb_sortant: 150,
        nb_poursuite_etudes: 450,
        nb_en_emploi_12_mois: 100,
        // Two types' rates are not averaged: the sum's rate comes from its counts.
        taux_emploi_sortants_12_mois: null,
      }),
    ]);
  });
});
