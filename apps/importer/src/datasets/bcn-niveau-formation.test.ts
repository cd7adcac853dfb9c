import { describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('BCN levels and higher-education nomenclatures', () => {
  it('reads N_NIVEAU_FORMATION_DIPLOME from its CSV and from the API JSON alike', async () => {
    const csv = await parseFile(sharedData('bcn/nNiveauFormationDiplome_.csv'));
    const json = await parseFile(sharedData('bcn-api-json/N_NIVEAU_FORMATION_DIPLOME.json'));
    expect(datasetOf(csv)).toBe('bcn-n-niveau-formation-diplome');
    expect(datasetOf(json)).toBe('bcn-n-niveau-formation-diplome');
    expect(csv.errors).toEqual([]);
    expect(json.errors).toEqual([]);
    expect(rowsOf(csv, 'niveau_formation')).toHaveLength(
      naiveCsv(sharedData('bcn/nNiveauFormationDiplome_.csv')).length,
    );
    expect(rowsOf(json, 'niveau_formation')).toHaveLength(215);
    for (const parsed of [csv, json]) {
      const levels = new Map(
        rowsOf(parsed, 'niveau_formation').map((row) => [row.code, row.libelle_court]),
      );
      expect(levels.get('500')).toBe('CAP');
      expect(levels.get('400')).toBe('BAC PRO');
      expect(levels.get('320')).toBe('BTS');
    }
  });

  it('reads N_TYPE_DIPLOME_SISE from the API JSON and from the |-separated export', async () => {
    const json = await parseFile(sharedData('bcn-api-json/N_TYPE_DIPLOME_SISE.json'));
    const csv = await parseFile(sharedData('bcn-api-json/n_type_diplome_sise.csv'));
    expect(datasetOf(json)).toBe('bcn-n-type-diplome-sise');
    expect(datasetOf(csv)).toBe('bcn-n-type-diplome-sise');
    // The export's comments were damaged by a wrong decoding (�); the labels we keep were not.
    expect(csv.errors).toEqual([]);
    expect(rowsOf(json, 'niveau_formation')).toHaveLength(235);
    expect(rowsOf(csv, 'niveau_formation')).toHaveLength(232);
    expect(rowsOf(json, 'niveau_formation').find((row) => row.code === '17')).toMatchObject({
      libelle_court: 'BACHELO OF',
      libelle_long: 'BACHELOR OF',
    });
  });

  it('reads N_DIPLOME_SISE from the API JSON and the |-separated export', async () => {
    for (const file of ['bcn-api-json/N_DIPLOME_SISE.json', 'bcn-api-json/n_sise.csv']) {
      const parsed = await parseFile(sharedData(file));
      expect(datasetOf(parsed)).toBe('bcn-n-diplome-sise');
      expect(rowsOf(parsed, 'diplome')).toEqual([
        expect.objectContaining({
          code: '2001235',
          code_type: 'SISE',
          niveau: 'DJ',
          libelle_long: 'INGENIERIE DU COMMERCE ET DE LA VENTE – GESTION COMMERCIALE DES P M E',
        }),
      ]);
    }
  });
});
