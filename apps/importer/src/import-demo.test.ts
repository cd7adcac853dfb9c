import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { CAS_DEMO, DEMO_DIR, readDemoIndicateurs } from '@inserjeunes/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from './index.js';

type Row = Record<string, unknown>;

describe.each(testDbTargets())('the demo dataset imported into $name', ({ open }) => {
  let db: DbHandle;
  let firstReport: Awaited<ReturnType<typeof importPaths>>;
  const csvRows = readDemoIndicateurs();
  const rows = (sql: string, params: unknown[] = []) => db.query<Row>(sql, params);

  beforeAll(async () => {
    db = await open();
    firstReport = await importPaths(db, [DEMO_DIR]);
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });

  it('imports every data file of the folder, and only the data files', () => {
    const byName = new Map(firstReport.files.map((f) => [f.path.split('/').at(-1), f]));
    for (const name of [
      'acce_etablissements.csv',
      'departements_academies_regions.csv',
      'familles_metiers.csv',
      'indicateurs.csv',
      'n_diplome_sise.csv',
      'n_formation_diplome.csv',
      'n_mef.csv',
      'n_niveau_formation_diplome.csv',
    ]) {
      expect(byName.get(name)?.status, name).toBe('imported');
      expect(byName.get(name)?.rejected, name).toBe(0);
    }
    expect(byName.get('indicateurs.csv')?.imported).toBe(csvRows.length);
    expect(byName.get('cas.json')?.status).not.toBe('imported');
    expect(firstReport.ok).toBe(true);
  });

  it('stores every figure, read or derived, as fictitious, and says so of the import', async () => {
    const [counts] = await rows(
      `select count(*)::int as total, count(*) filter (where fictif)::int as fictifs,
              count(*) filter (where derivation is null)::int as lus
         from indicateur`,
    );
    expect(counts?.lus).toBe(csvRows.length);
    expect(counts?.fictifs).toBe(counts?.total);
    const imports = await rows(`select fictif from import where dataset = 'indicateurs-csv'`);
    expect(imports).toEqual([{ fictif: true }]);
  });

  it('points every figure, read or derived, to the import of the figures file', async () => {
    // The table has no foreign key to `import` (a per-row check slowed bulk loads): the
    // importer keeps the link itself, which this checks.
    const byImport = await rows(
      `select m.dataset, m.fichier, count(i.id)::int as lignes,
              count(*) filter (where i.derivation is null)::int as lues
         from indicateur i left join import m on m.id = i.import_id
        group by m.dataset, m.fichier`,
    );
    expect(byImport).toEqual([
      {
        dataset: 'indicateurs-csv',
        fichier: 'indicateurs.csv',
        lignes: expect.any(Number),
        lues: csvRows.length,
      },
    ]);
  });

  it('serves a renewed diploma its predecessor’s figures, flagged as carried over', async () => {
    const carried = await rows(
      `select code, filiere, millesime, donnee_source_code, donnee_source_type, derivation,
              nb_annee_term, nb_en_emploi_6_mois
         from indicateur
        where scope = 'formation' and uai = $1 and code in ($2, $3)
        order by filiere, millesime`,
      ['0139904V', '40025412', '23830025412'],
    );
    const source = (code: string, filiere: string, millesime: string) =>
      csvRows.find(
        (r) =>
          r.perimetre === 'formation' &&
          r.uai === '0139904V' &&
          r.code_certification === code &&
          r.filiere === filiere &&
          r.millesime === millesime,
      );
    expect(carried).toHaveLength(4);
    for (const row of carried) {
      const predecessor = row.filiere === 'scolaire' ? '23830025408' : '40025408';
      expect(row).toMatchObject({
        donnee_source_code: predecessor,
        donnee_source_type: 'ancienne',
        derivation: 'continuum',
      });
      const original = source(predecessor, String(row.filiere), String(row.millesime));
      expect(row.nb_annee_term).toBe(Number(original?.nb_annee_term));
      expect(row.nb_en_emploi_6_mois).toBe(Number(original?.nb_en_emploi_6_mois));
    }
    for (const cas of CAS_DEMO.filter((c) => c.etat === 'continuum')) {
      const own = await rows(
        `select distinct donnee_source_code, donnee_source_type from indicateur where cfd = $1`,
        [cas.code],
      );
      expect(own.length, cas.code).toBeGreaterThan(0);
      for (const row of own) expect(row.donnee_source_type, cas.code).toBe('ancienne');
    }
  });

  it('resolves the seconde commune to its specialities and first years to their final year', async () => {
    for (const cas of CAS_DEMO) {
      const resolution = cas.attendu.resolution;
      if (resolution === null) continue;
      const found = await rows(
        `select code_final from resolution_code where code = $1 and raison = $2 order by code_final`,
        [cas.code, resolution.raison],
      );
      expect(
        found.map((row) => row.code_final),
        cas.id,
      ).toEqual([...resolution.codes].sort());
    }
  });

  it('sums the regions of a diploma published regionally only into national figures', async () => {
    const [national] = await rows(
      `select nb_annee_term, derivation from indicateur
        where scope = 'national' and code = '32221033426' and millesime = '2022_2023'`,
    );
    const regional = csvRows
      .filter((r) => r.code_certification === '32221033426' && r.millesime === '2022_2023')
      .reduce((sum, r) => sum + Number(r.nb_annee_term), 0);
    expect(national).toEqual({ nb_annee_term: regional, derivation: 'agregat_regional' });
  });

  it('keeps the raw counts of a withheld establishment, with the reason', async () => {
    const [withheld] = await rows(
      `select nb_annee_term, nb_poursuite_etudes, raison_masquage from indicateur
        where scope = 'formation' and uai = '0599905W' and code = '23830031213'
          and millesime = '2022_2023'`,
    );
    expect(withheld?.nb_annee_term).toBe(14);
    expect(withheld?.nb_poursuite_etudes).not.toBeNull();
    expect(withheld?.raison_masquage).toBe('effectif_insuffisant');
  });

  it('changes nothing when the same folder is imported again', async () => {
    const before = await rows(`select count(*)::int as n from indicateur`);
    const again = await importPaths(db, [DEMO_DIR]);
    const data = again.files.filter((f) => !f.path.endsWith('cas.json'));
    expect(data.every((f) => f.status === 'already-imported')).toBe(true);
    expect(await rows(`select count(*)::int as n from indicateur`)).toEqual(before);
  }, 60_000);
});
