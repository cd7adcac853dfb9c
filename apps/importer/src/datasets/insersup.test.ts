import { describe, expect, it } from 'vitest';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('InserSup', () => {
  it('reads the API results: counts as strings, nb_in_dsn as salaried employment', async () => {
    const parsed = await parseFile(sharedData('insersup/insersup-api-formation.json'));
    expect(datasetOf(parsed)).toBe('insersup-api');
    expect(parsed.errors).toEqual([]);
    expect(rowsOf(parsed, 'indicateur')).toEqual([
      expect.objectContaining({
        scope: 'formation',
        filiere: 'superieur',
        code: '2400074',
        code_type: 'SISE',
        uai: '0062205P',
        // annee_universitaire 2020-2021 without marker: the 2021 promotion alone.
        millesime: '2021',
        nb_annee_term: 119,
        nb_poursuite_etudes: 65,
        nb_sortant: 54,
        nb_en_emploi_6_mois: 23,
        nb_en_emploi_24_mois: 27,
        nb_en_emploi_30_mois: null,
        // 65 / 119 = 54.6 % in the file; 23 / 119 = 19.3 %.
        taux_en_formation: 55,
        taux_en_emploi_6_mois: 19,
        taux_autres_6_mois: 26,
      }),
    ]);
    // Salaries `nd`: nothing to keep.
    expect(rowsOf(parsed, 'salaire_certification')).toEqual([]);
    expect(rowsOf(parsed, 'etablissement')).toEqual([
      expect.objectContaining({ uai: '0062205P', libelle: "UNIVERSITE COTE D'AZUR" }),
    ]);
    // `type_diplome_long: licence_pro`: the BCN's licence professionnelle, in InserSup's words.
    expect(rowsOf(parsed, 'diplome')).toEqual([
      expect.objectContaining({ code: '2400074', niveau: 'DP' }),
    ]);
    expect(rowsOf(parsed, 'niveau_formation')).toEqual([
      expect.objectContaining({ code: 'DP', libelle_court: 'Licence professionnelle' }),
    ]);
  });

  it('gives a value marked `*` (two cumulated promotions) the two-year millésime', async () => {
    const parsed = await parseFile(sharedData('insersup/insersup-api-millesimes-mixtes.json'));
    expect(parsed.errors).toEqual([]);
    const rows = rowsOf(parsed, 'indicateur');
    expect(rows.map((row) => [row.code, row.millesime, row.nb_sortant, row.nb_annee_term])).toEqual(
      [
        ['2400074', '2021', 54, 119],
        ['2400075', '2020_2021', 130, 193],
      ],
    );
  });

  it('pivots the long fr-esr-insersup export, keeping the whole population only', async () => {
    const parsed = await parseFile(sharedData('insersup/fr-esr-insersup-long-format.json'));
    expect(datasetOf(parsed)).toBe('insersup-long');
    expect(parsed.errors).toEqual([]);
    expect(parsed.read).toBe(60);
    // 60 elements: 5 horizons × 12 sub-populations, of which one is everybody.
    expect(parsed.ignored).toBe(55);
    expect(rowsOf(parsed, 'indicateur')).toEqual([
      expect.objectContaining({
        code: '2500249',
        uai: '0062205P',
        millesime: '2020_2021',
        nb_annee_term: 193,
        nb_poursuite_etudes: 63,
        nb_sortant: 130,
        nb_en_emploi_6_mois: 110,
        nb_en_emploi_12_mois: 112,
        nb_en_emploi_18_mois: 115,
        nb_en_emploi_24_mois: 115,
        nb_en_emploi_30_mois: 117,
        nb_en_emploi_stable_12_mois: 90,
        nb_en_emploi_stable_30_mois: 98,
        part_emploi_stable_12_mois: 80,
      }),
    ]);
  });

  it('reads the records API’s 2023_S2 structure, its rates over leavers as published', async () => {
    const parsed = await parseFile(sharedData('insersup/fr-esr-insersup-records-2023_S2.json'));
    expect(datasetOf(parsed)).toBe('insersup-long');
    expect(parsed.errors).toEqual([]);
    // No population columns: every element is the whole population, one per promotion × horizon.
    expect(parsed.ignored).toBe(0);
    const rows = rowsOf(parsed, 'indicateur');
    expect(rows.map((row) => row.millesime)).toEqual(['2021', '2020']);
    // Promotion 2021: 120 leavers, 11 still studying; 89.2, 92.5 and 92.5 % in salaried work.
    expect(rows[0]).toMatchObject({
      code: '2500249',
      uai: '0062205P',
      nb_sortant: 120,
      nb_poursuite_etudes: 11,
      nb_en_emploi_12_mois: null,
      taux_emploi_sortants_6_mois: 89,
      taux_emploi_sortants_12_mois: 93,
      taux_emploi_sortants_18_mois: 93,
      taux_emploi_sortants_24_mois: null,
    });
    expect(rows[1]).toMatchObject({
      nb_sortant: 117,
      taux_emploi_sortants_6_mois: 69,
      taux_emploi_sortants_12_mois: 72,
      taux_emploi_sortants_24_mois: 88,
    });
    expect(rowsOf(parsed, 'diplome')[0]).toMatchObject({ code: '2500249', niveau: 'XD' });
  });

  it('reads the records API’s 2024_S2 structure, rates over leavers beside the counts', async () => {
    const parsed = await parseFile(sharedData('insersup/fr-esr-insersup-records-2024_S2.json'));
    expect(parsed.errors).toEqual([]);
    expect(rowsOf(parsed, 'indicateur')).toEqual([
      expect.objectContaining({
        millesime: '2021',
        nb_sortant: 130,
        nb_en_emploi_12_mois: 112,
        taux_emploi_sortants_6_mois: 85,
        taux_emploi_sortants_12_mois: 86,
        taux_emploi_sortants_24_mois: 88,
      }),
    ]);
  });
});
