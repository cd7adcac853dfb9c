import { existsSync, readFileSync } from 'node:fs';
import type { DbHandle } from '@inserjeunes/db';
import { sharedDataDir, testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { parseCsv } from '../couverture/parse-csv.js';
import { importWithCli } from '../testing/import-with-cli.js';
import { getJson, testApp } from '../testing/test-app.js';
import { THRESHOLD_MESSAGE } from './reference-meta.js';

const DATA = sharedDataDir();
const REGIONAL = `${DATA}inserjeunes/regional/ij_region_data.csv`;
const SAMPLE = `${DATA}inserjeunes/samples/exposition_api_formations_sample.csv`;
const FILES = [`${DATA}referentiels`, `${DATA}bcn`, REGIONAL, SAMPLE];
const present = FILES.every((path) => existsSync(path));
if (!present)
  console.warn(`skipped: compatible base URL on the official files, ${DATA} is incomplete`);

type Row = Record<string, string>;
function readRows(path: string): Row[] {
  if (!present) return [];
  const table = parseCsv(readFileSync(path, 'utf8'));
  return table.rows.map(({ cells }) =>
    Object.fromEntries(table.header.map((name, i) => [name, cells[i] ?? ''])),
  );
}

const regional = readRows(REGIONAL).filter((row) => row.millesime === '2022_2023');
/** Every `step`-th row, so the sample spans the file and is the same on every run. */
const spread = (rows: Row[], count: number) =>
  rows.filter((_, i) => i % Math.max(1, Math.floor(rows.length / count)) === 0).slice(0, count);
const published = spread(
  regional.filter((row) => Number(row.nb_annee_term) >= 20 && row.nb_poursuite_etudes !== ''),
  12,
);
const small = spread(
  regional.filter((row) => row.nb_annee_term !== '' && Number(row.nb_annee_term) < 20),
  4,
);

/**
 * The official files, loaded by the importer: the reference service's own export of
 * formation rows comes back as it gave them, and regional rows keep the file's counts and
 * region codes under the reference's names.
 */
describe.skipIf(!present).each(testDbTargets())(
  'the compatible base URL on the official files on $name',
  (target) => {
    let db: DbHandle;
    let app: App;
    const get = (path: string) =>
      getJson<Record<string, unknown>>(app, `/compat/trajectoires-pro/api/inserjeunes/${path}`);
    beforeAll(async () => {
      db = await importWithCli(target, FILES);
      app = testApp(db);
      // The first request would otherwise pay for loading the data into memory.
      await app.ready();
    }, 900_000);
    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    it('answers the reference’s own formation rows as it did, the cumulated millésime finding the single year', async () => {
      for (const row of readRows(SAMPLE)) {
        for (const query of ['', '?millesime=2023', '?millesime=2022_2023']) {
          const { status, body } = await get(
            `formations/${row.uai}-${row.code_certification}${query}`,
          );
          expect(status, `${row.code_certification}${query}`).toBe(200);
          expect(body).toMatchObject({
            millesime: row.millesime,
            code_certification: row.code_certification,
            code_certification_type: 'mef11',
            code_formation_diplome: row.code_formation_diplome,
            filiere: row.filiere,
            diplome: { code: row.niveau_diplome, libelle: row.libelle_type_diplome },
            uai: row.uai,
            nb_annee_term: Number(row.nb_annee_term),
            nb_en_emploi_6_mois: Number(row.nb_en_emploi_6_mois),
            nb_poursuite_etudes: Number(row.nb_poursuite_etudes),
            taux_en_emploi_6_mois: Number(row.taux_en_emploi_6_mois),
            taux_autres_6_mois: Number(row.taux_autres_6_mois),
            taux_en_formation: Number(row.taux_en_formation),
          });
        }
      }
    }, 120_000);

    it('gives regional rows the file’s counts, its InserJeunes region code and the reference’s filière', async () => {
      expect(published.length).toBeGreaterThan(5);
      for (const row of published) {
        const code = row.voie === 'scolaire' ? row.mefstat11 : row.cfd;
        const path = `regionales/${row.code_region}/certifications/${code}?millesime=2022_2023`;
        const { status, body } = await get(path);
        expect(status, path).toBe(200);
        expect(body, path).toMatchObject({
          millesime: '2022_2023',
          code_certification: code,
          code_certification_type: row.voie === 'scolaire' ? 'mef11' : 'cfd',
          filiere: row.voie === 'scolaire' ? 'pro' : 'apprentissage',
          region: { code: row.code_region, code_region_academique: row.code_region_ij },
          nb_annee_term: Number(row.nb_annee_term),
          nb_poursuite_etudes: Number(row.nb_poursuite_etudes),
        });
      }
    }, 120_000);

    it('withholds the rates and counts of regional rows under 20 students', async () => {
      expect(small.length).toBeGreaterThan(0);
      for (const row of small) {
        const code = row.voie === 'scolaire' ? row.mefstat11 : row.cfd;
        const { body } = await get(
          `regionales/${row.code_region}/certifications/${code}?millesime=2022_2023`,
        );
        expect(body).toMatchObject({
          nb_annee_term: Number(row.nb_annee_term),
          nb_poursuite_etudes: null,
          taux_en_emploi_6_mois: null,
          _meta: { messages: [THRESHOLD_MESSAGE] },
        });
      }
    });

    it('lists the latest regional millésime by default, paged as the reference paged', async () => {
      const { body } = await get('regionales?regions=84&items_par_page=50');
      const ours = await getJson<{ pagination: { total: number } }>(
        app,
        '/api/inserjeunes/regionales?regions=84&millesimes=2022_2023',
      );
      const pagination = body.pagination as { total: number; nombre_de_page: number };
      expect(pagination.total).toBe(ours.body.pagination.total);
      expect(pagination.total).toBeGreaterThan(50);
      expect(pagination.nombre_de_page).toBe(Math.ceil(pagination.total / 50));
      const items = body.regionales as { millesime: string; region: { code: string } }[];
      expect(items).toHaveLength(50);
      for (const item of items)
        expect(item).toMatchObject({ millesime: '2022_2023', region: { code: '84' } });
    });
  },
);
