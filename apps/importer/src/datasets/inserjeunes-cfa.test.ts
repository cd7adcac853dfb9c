import { describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('the official CFA dataset (fr-en-inserjeunes-cfa)', () => {
  it('gives one establishment row per CFA and cumulated millésime', async () => {
    const path = sharedData('inserjeunes/etablissements/fr-en-inserjeunes-cfa.csv');
    const parsed = await parseFile(path);
    const source = naiveCsv(path);
    expect(datasetOf(parsed)).toBe('inserjeunes-cfa');
    expect(parsed.errors).toEqual([]);
    const rows = rowsOf(parsed, 'indicateur');
    expect(rows).toHaveLength(source.length);
    expect(rows).toHaveLength(11_314);
    expect(new Set(rows.map((row) => row.millesime))).toEqual(
      new Set(['2018_2019', '2019_2020', '2020_2021', '2021_2022', '2022_2023', '2023_2024']),
    );
    expect(
      rows.find((row) => row.uai === '0630003L' && row.millesime === '2023_2024'),
    ).toMatchObject({
      scope: 'etablissement',
      filiere: 'apprentissage',
      code: null,
      taux_en_formation: 30,
      taux_en_emploi_6_mois: 57,
      taux_autres_6_mois: 13,
      taux_emploi_sortants_6_mois: 81,
      taux_emploi_attendu_6_mois: 73,
      valeur_ajoutee_6_mois: 8,
      taux_emploi_sortants_12_mois: 73,
      taux_emploi_sortants_18_mois: null,
    });
    const etablissements = rowsOf(parsed, 'etablissement');
    expect(etablissements.find((row) => row.uai === '0630003L')?.region_code).toBe('84');
  });
});
