import { describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('familles de métiers and groups of diplomas', () => {
  it('reads the familles de métiers table: seconde commune → speciality', async () => {
    const path = sharedData('bcn/familleMetiers.csv');
    const parsed = await parseFile(path);
    expect(datasetOf(parsed)).toBe('familles-metiers');
    expect(parsed.errors).toEqual([]);
    const rows = rowsOf(parsed, 'famille_metier_specialite');
    expect(rows).toHaveLength(naiveCsv(path).length);
    expect(rows).toContainEqual({
      famille: 'Métiers de la construction durable, du bâtiment et des travaux publics',
      mefstat11_commun: '23810020006',
      cfd_commun: '40020006',
      mefstat11_specialite: '23830023102',
      cfd_specialite: '40023102',
      specialite: 'Travaux publics',
    });
  });

  it('reads the BCN familles and their MEF, the common second year tagged', async () => {
    const familles = await parseFile(sharedData('bcn/n_famille_metier_spec_pro.csv'));
    expect(datasetOf(familles)).toBe('bcn-n-famille-metier-spec-pro');
    expect(rowsOf(familles, 'famille_metier')).toHaveLength(
      naiveCsv(sharedData('bcn/n_famille_metier_spec_pro.csv')).length,
    );
    expect(rowsOf(familles, 'famille_metier')).toContainEqual(
      expect.objectContaining({
        code: '016_temp',
        libelle_edition: 'Nature - jardin - paysage - forêt',
      }),
    );
    const liens = await parseFile(sharedData('bcn/n_lien_mef_famille_metier.csv'));
    expect(datasetOf(liens)).toBe('bcn-n-lien-mef-famille-metier');
    const rows = rowsOf(liens, 'lien_mef_famille_metier');
    expect(rows).toHaveLength(naiveCsv(sharedData('bcn/n_lien_mef_famille_metier.csv')).length);
    expect(rows.filter((row) => row.seconde_commune)).toHaveLength(19);
    expect(rows).toContainEqual(
      expect.objectContaining({ famille: '001', mef: '2472000631', seconde_commune: true }),
    );
  });

  it('reads N_GROUPE_FORMATION and N_LIEN_FORMATION_GROUPE from CSV and API JSON alike', async () => {
    const pairs = [
      [
        'bcn/n_groupe_formation_.csv',
        'bcn-api-json/N_GROUPE_FORMATION.json',
        'groupe_formation',
        29,
      ],
      [
        'bcn/n_lien_formation_groupe_.csv',
        'bcn-api-json/N_LIEN_FORMATION_GROUPE.json',
        'lien_formation_groupe',
        148,
      ],
    ] as const;
    for (const [csvPath, jsonPath, table, count] of pairs) {
      const csv = await parseFile(sharedData(csvPath));
      const json = await parseFile(sharedData(jsonPath));
      expect(csv.errors).toEqual([]);
      expect(json.errors).toEqual([]);
      expect(rowsOf(csv, table)).toHaveLength(count);
      expect(rowsOf(json, table)).toEqual(rowsOf(csv, table));
    }
    const groupes = await parseFile(sharedData('bcn/n_groupe_formation_.csv'));
    expect(rowsOf(groupes, 'groupe_formation')[0]).toMatchObject({
      code: 'G0003',
      type: 'TG01',
      libelle_edition: 'Construction durable du bâtiment et des travaux publics',
    });
  });
});
