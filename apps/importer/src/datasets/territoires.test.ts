import { describe, expect, it } from 'vitest';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('territories and establishments', () => {
  it('reads départements → académies → régions, leaving out the pseudo-regions', async () => {
    const parsed = await parseFile(sharedData('referentiels/departements_academies_regions.csv'));
    expect(datasetOf(parsed)).toBe('departements-academies-regions');
    expect(parsed.errors).toEqual([]);
    expect(parsed.read).toBe(122);
    // Overseas collectivities (region 00) and "sans objet" (99) are no INSEE region.
    expect(parsed.ignored).toBe(15);
    const departements = rowsOf(parsed, 'departement');
    expect(departements).toHaveLength(105);
    expect(departements).toContainEqual({
      code: '001',
      libelle: 'Ain',
      academie_code: '10',
      region_code: '84',
    });
    expect(departements.find((row) => row.code === '02A')?.region_code).toBe('94');
    const regions = new Set(rowsOf(parsed, 'region').map((row) => row.code));
    expect(regions.size).toBe(18);
  });

  it('reads the ACCE directory (Latin-1, 62 columns)', async () => {
    const parsed = await parseFile(
      sharedData('referentiels/acce_etablissements_header_sample.csv'),
    );
    expect(datasetOf(parsed)).toBe('acce-etablissements');
    expect(rowsOf(parsed, 'etablissement')).toEqual([
      {
        uai: '0010001W',
        libelle:
          'Lycée professionnel Alexandre Bérard - Lycée des métiers de l’énergie et de l’habitat'.replaceAll(
            '’',
            "'",
          ),
        region_code: '84',
        academie_code: '10',
        departement_code: '001',
      },
    ]);
  });
});
