import { describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('BCN N_MEF', () => {
  it('maps every MEFSTAT11 to its diploma, length and year', async () => {
    const path = sharedData('bcn/nMef.csv');
    const parsed = await parseFile(path);
    const source = naiveCsv(path);
    expect(datasetOf(parsed)).toBe('bcn-n-mef');
    expect(parsed.errors).toEqual([]);
    const mefs = rowsOf(parsed, 'mef');
    const distinct = new Set(source.map((line) => line.MEF_STAT_11));
    expect(mefs).toHaveLength(distinct.size);
    expect(mefs).toHaveLength(10_066);
    expect(mefs.find((row) => row.mefstat11 === '23810020006')).toMatchObject({
      mef: '2472000631',
      cfd: '40020006',
      duree: 3,
      annee: 1,
      date_ouverture: '2019-09-01',
      date_fermeture: null,
    });
  });

  it('keeps the most recent of two MEF sharing one MEFSTAT11, and says so', async () => {
    const parsed = await parseFile(sharedData('bcn/nMef.csv'));
    const shared = rowsOf(parsed, 'mef').filter((row) => row.mefstat11 === '32710013401');
    expect(shared).toEqual([expect.objectContaining({ mef: '4181340131', cfd: '24113401' })]);
    expect(parsed.warnings.map((w) => w.reason).join()).toContain('32710013401');
    expect(parsed.ignored).toBe(1);
  });

  it('reads the |-separated Latin-1 export and the API JSON of the same table', async () => {
    const csv = await parseFile(sharedData('bcn-api-json/n_mef.csv'));
    expect(datasetOf(csv)).toBe('bcn-n-mef');
    expect(rowsOf(csv, 'mef')).toEqual([
      expect.objectContaining({ mefstat11: '12345678910', cfd: '12345678', duree: 9, annee: 9 }),
    ]);
    const json = await parseFile(sharedData('bcn-api-json/N_MEF.json'));
    expect(datasetOf(json)).toBe('bcn-n-mef');
    // Its example MEF has 9 characters instead of 10: the row stays, without its MEF.
    expect(rowsOf(json, 'mef')).toEqual([
      expect.objectContaining({ mefstat11: '99999999911', mef: null, cfd: '40023203' }),
    ]);
    expect(json.warnings).toHaveLength(1);
  });
});
