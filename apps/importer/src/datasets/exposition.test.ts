import { describe, expect, it } from 'vitest';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

describe.runIf(hasSharedData)('the reference service exports', () => {
  it('reads formation-level rows and recomputes their shares to the same values', async () => {
    const parsed = await parseFile(
      sharedData('inserjeunes/samples/exposition_api_formations_sample.csv'),
    );
    expect(datasetOf(parsed)).toBe('exposition-formations');
    expect(parsed.errors).toEqual([]);
    const rows = rowsOf(parsed, 'indicateur');
    expect(rows).toHaveLength(5);
    // The file's own shares: 59 / 18 / 23 for 23830023303 (22 students, 13 in work, 5 studying).
    expect(rows[0]).toMatchObject({
      scope: 'formation',
      uai: '0010001W',
      code: '23830023303',
      cfd: '40023303',
      millesime: '2023',
      filiere: 'scolaire',
      nb_annee_term: 22,
      taux_en_emploi_6_mois: 59,
      taux_autres_6_mois: 18,
      taux_en_formation: 23,
    });
    expect(
      rows.map((row) => [row.taux_en_emploi_6_mois, row.taux_autres_6_mois, row.taux_en_formation]),
    ).toEqual([
      [59, 18, 23],
      [14, 11, 75],
      [25, 25, 50],
      [10, 28, 62],
      [22, 41, 37],
    ]);
  });

  it('reads the national salary quartiles, `NA` as not published', async () => {
    const parsed = await parseFile(
      sharedData('inserjeunes/samples/exposition_api_salaires_12_mois_sample.csv'),
    );
    expect(datasetOf(parsed)).toBe('exposition-salaires');
    expect(parsed.errors).toEqual([]);
    const rows = rowsOf(parsed, 'salaire_certification');
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ code: '01022001', salaire_12_mois_q2: null });
    expect(rows[1]).toMatchObject({
      code: '01022102',
      code_type: 'CFD',
      filiere: 'apprentissage',
      salaire_12_mois_q1: 1500,
      salaire_12_mois_q2: 1620,
      salaire_12_mois_q3: 1800,
    });
    expect(rows.find((row) => row.code === '2300030')).toMatchObject({
      code_type: 'SISE',
      filiere: 'superieur',
      salaire_12_mois_q2: 1790,
    });
    expect(rows.find((row) => row.code === '32020116')?.filiere).toBeNull();
  });
});
