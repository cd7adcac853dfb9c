import { beforeAll, describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';

const path = sharedData('inserjeunes/regional/ij_region_data.csv');

describe.runIf(hasSharedData)('the InserJeunes regional file (ij_region_data.csv)', () => {
  // Read when the suite runs, not when it is collected: without the file it is skipped.
  let parsed: Awaited<ReturnType<typeof parseFile>>;
  let rows: ReturnType<typeof rowsOf<'indicateur'>>;
  let source: ReturnType<typeof naiveCsv>;
  beforeAll(async () => {
    parsed = await parseFile(path);
    rows = rowsOf(parsed, 'indicateur');
    source = naiveCsv(path);
  }, 120_000);

  it('is recognised and every line becomes one regional row, none rejected', () => {
    expect(datasetOf(parsed)).toBe('inserjeunes-regional');
    expect(parsed.errors).toEqual([]);
    expect(parsed.read).toBe(source.length);
    expect(rows).toHaveLength(40_322);
    expect(new Set(rows.map((row) => row.scope))).toEqual(new Set(['regional']));
  });

  it('keys school-route rows on the MEFSTAT11 and apprentice rows on the CFD', () => {
    const scolaire = rows.filter((row) => row.filiere === 'scolaire');
    const apprentissage = rows.filter((row) => row.filiere === 'apprentissage');
    expect(scolaire).toHaveLength(source.filter((line) => line.voie === 'scolaire').length);
    expect(scolaire.every((row) => row.code_type === 'MEFSTAT11' && row.code?.length === 11)).toBe(
      true,
    );
    expect(apprentissage.every((row) => row.code_type === 'CFD' && row.code === row.cfd)).toBe(
      true,
    );
  });

  it('keeps the counts of the file and its employment rate over leavers under its own name', () => {
    // 2019_2020, Île-de-France, BTS-level school route 32221022002: 52 students, 31 went on
    // studying, 21 left, 9 in a job at 6 months (43 % of leavers).
    const row = rows.find(
      (r) => r.code === '32221022002' && r.region_code === '11' && r.millesime === '2019_2020',
    );
    expect(row).toMatchObject({
      nb_annee_term: 52,
      nb_poursuite_etudes: 31,
      nb_sortant: 21,
      nb_en_emploi_6_mois: 9,
      nb_en_emploi_12_mois: 12,
      taux_emploi_sortants_6_mois: 43,
      taux_en_formation: 60,
      taux_en_emploi_6_mois: 17,
      taux_autres_6_mois: 23,
      raison_masquage: null,
    });
    for (const line of source.slice(0, 500)) {
      const code = line.voie === 'scolaire' ? line.mefstat11 : line.cfd;
      const match = rows.find(
        (r) =>
          r.code === code && r.region_code === line.code_region && r.millesime === line.millesime,
      );
      expect(match?.nb_annee_term).toBe(
        line.nb_annee_term === '' ? null : Number(line.nb_annee_term),
      );
    }
  });

  it('stores rows under 20 students with the reason they are withheld', () => {
    const small = source.filter(
      (line) => line.nb_annee_term !== '' && Number(line.nb_annee_term) < 20,
    );
    const withheld = rows.filter((row) => row.raison_masquage === 'effectif_insuffisant');
    expect(withheld).toHaveLength(small.length);
  });

  it('counts nobody in work when no leaver is published and everyone went on studying', () => {
    const nobodyLeft = source.filter(
      (line) =>
        line.nb_sortant === '' &&
        line.nb_poursuite_etudes !== '' &&
        line.nb_poursuite_etudes === line.nb_annee_term,
    );
    expect(nobodyLeft.length).toBeGreaterThan(0);
    for (const line of nobodyLeft) {
      const code = line.voie === 'scolaire' ? line.mefstat11 : line.cfd;
      const row = rows.find(
        (r) =>
          r.code === code && r.region_code === line.code_region && r.millesime === line.millesime,
      );
      expect(row?.nb_sortant).toBe(0);
      expect(row?.nb_en_emploi_6_mois).toBe(0);
      expect(row?.taux_en_formation).toBe(100);
      expect(row?.taux_en_emploi_6_mois).toBe(0);
    }
  });
});
