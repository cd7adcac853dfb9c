import { describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('BCN diplomas', () => {
  it('reads N_FORMATION_DIPLOME in Latin-1 with its continuum links', async () => {
    const path = sharedData('bcn/nFormationDiplome_.csv');
    const parsed = await parseFile(path);
    const source = naiveCsv(path, { encoding: 'latin1' });
    expect(datasetOf(parsed)).toBe('bcn-n-formation-diplome');
    expect(parsed.errors).toEqual([]);
    const diplomes = rowsOf(parsed, 'diplome');
    expect(diplomes).toHaveLength(4023);
    expect(diplomes).toHaveLength(source.length);
    expect(diplomes.find((row) => row.code === '46321218')).toEqual({
      code: '46321218',
      code_type: 'CFD',
      niveau: '463',
      libelle_court: 'CSA NIV4',
      libelle_long: 'APICULTURE (CSA)',
      date_ouverture: '2017-09-01',
      date_fermeture: null,
    });
    // Byte 0x92 of windows-1252 is the typographic apostrophe.
    expect(diplomes.some((row) => row.libelle_long.includes('CONDUITE D’UN ELEVAGE CAPRIN'))).toBe(
      true,
    );
    const links = rowsOf(parsed, 'diplome_continuum');
    // BEP 51033002 replaced 51033001 and was replaced by 51033003.
    expect(links).toContainEqual({ ancien_code: '51033002', nouveau_code: '51033003' });
    expect(links).toContainEqual({ ancien_code: '51033001', nouveau_code: '51033002' });
    // The 7-character legacy codes are reported, not stored.
    expect(parsed.warnings.map((w) => w.reason).join('\n')).toContain('« 5103300 »');
    expect(
      links.some((link) => link.ancien_code.length !== 8 || link.nouveau_code.length !== 8),
    ).toBe(false);
  });

  it('reads V_FORMATION_DIPLOME (UTF-8 with BOM, no continuum columns)', async () => {
    const parsed = await parseFile(sharedData('bcn/vFormationDiplome_.csv'));
    expect(datasetOf(parsed)).toBe('bcn-v-formation-diplome');
    expect(parsed.errors).toEqual([]);
    const diplomes = rowsOf(parsed, 'diplome');
    expect(diplomes).toHaveLength(11_261);
    expect(rowsOf(parsed, 'diplome_continuum')).toEqual([]);
    expect(diplomes.find((row) => row.code === '01022001')).toMatchObject({
      niveau: '010',
      libelle_long: 'AGENT DE CONTROLE NON DESTRUCTIF (MC NIVEAU IV)',
      date_ouverture: '1995-09-01',
      date_fermeture: '2024-08-31',
    });
    // A comment that begins with a quote without being quoted is read as written.
    expect(diplomes.find((row) => row.code === '26031008')?.niveau).toBe('260');
  });

  it('reads the BCN API JSON of the table, lower-case keys and ISO dates, and rejects nothing but bad links', async () => {
    const parsed = await parseFile(sharedData('bcn-api-json/N_FORMATION_DIPLOME_CONTINUUM.json'));
    expect(datasetOf(parsed)).toBe('bcn-n-formation-diplome');
    expect(parsed.detected.kind).toBe('json');
    expect(rowsOf(parsed, 'diplome')).toEqual([
      {
        code: '14545678',
        code_type: 'CFD',
        niveau: '999',
        libelle_court: 'BAC PRO',
        libelle_long: 'BAC PRO BATIMENT',
        date_ouverture: '2022-07-31',
        date_fermeture: null,
      },
    ]);
    // Its example links (`old_1`, `new_1`…) are no CFD.
    expect(parsed.warnings).toHaveLength(4);
    expect(rowsOf(parsed, 'diplome_continuum')).toEqual([]);
  });
});
