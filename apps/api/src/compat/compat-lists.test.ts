import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';
import { REFERENCE_CSV_COLUMNS } from './reference-csv.js';

type Item = Record<string, unknown>;
interface Page {
  pagination: { page: number; items_par_page: number; nombre_de_page: number; total: number };
  [list: string]: unknown;
}
const BASE = '/compat/trajectoires-pro/api/inserjeunes';

/** The lists and CSV exports of the compatible base URL, as the reference's partners call them. */
describe.each(testDbTargets())('the compatible lists on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  const get = (path: string) => getJson<Page>(app, `${BASE}${path}`);
  const items = (page: Page, list: string) => page[list] as Item[];
  const csv = async (path: string) => {
    const response = await app.request(`${BASE}${path}`);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    const text = await response.text();
    const [header = '', ...rows] = text.split('\n').filter((line) => line !== '');
    return {
      response,
      bytes,
      header: header.split(';'),
      rows: rows.map((row) =>
        Object.fromEntries(row.split(';').map((cell, i) => [header.split(';')[i], cell])),
      ),
    };
  };
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('pages 10 items by default, with nombre_de_page, and only the latest millésime', async () => {
    const { status, body } = await get('/certifications');
    expect(status).toBe(200);
    const list = items(body, 'certifications');
    expect(body.pagination).toEqual({ page: 1, items_par_page: 10, nombre_de_page: 2, total: 11 });
    expect(list).toHaveLength(10);
    expect(new Set(list.map((item) => item.millesime))).toEqual(new Set(['2022_2023']));
    expect(list[0]).not.toHaveProperty('_meta.titre');
    expect((await get('/certifications.json')).body).toEqual(body);
    expect(list[0]).toMatchObject({
      code_certification_type: expect.stringMatching(/^(cfd|mef11|sise)$/),
    });
  });

  it('gives pages that neither overlap nor skip rows', async () => {
    const first = items(
      (await get('/certifications?items_par_page=4&page=1')).body,
      'certifications',
    );
    const second = items(
      (await get('/certifications?items_par_page=4&page=2')).body,
      'certifications',
    );
    const third = (await get('/certifications?items_par_page=4&page=3')).body;
    const all = items((await get('/certifications?items_par_page=100')).body, 'certifications');
    const key = (item: Item) => `${item.code_certification}/${item.filiere}`;
    expect([...first, ...second, ...items(third, 'certifications')].map(key)).toEqual(all.map(key));
    expect(third.pagination).toEqual({ page: 3, items_par_page: 4, nombre_de_page: 3, total: 11 });
  });

  it('filters on millesimes and code_certifications (prefixed or not)', async () => {
    const { body } = await get(
      `/certifications?millesimes=2021_2022&code_certifications=CFD:${S.cap},${S.ancien}`,
    );
    expect(
      items(body, 'certifications').map((item) => [item.code_certification, item.millesime]),
    ).toEqual([
      [S.ancien, '2021_2022'],
      [S.cap, '2021_2022'],
    ]);
  });

  it('lists regional records with their region, filtered by region code, postal code or académie', async () => {
    const byRegion = (await get('/regionales?regions=84')).body;
    const byPostal = (await get('/regionales?regions=69001')).body;
    const byAcademie = (await get('/regionales?academies=10')).body;
    const byPath = (await get('/regionales/84')).body;
    for (const body of [byRegion, byPostal, byAcademie]) {
      expect(items(body, 'regionales').map((item) => item.region)).toEqual(
        items(byPath, 'regionales').map((item) => item.region),
      );
    }
    expect(items(byPath, 'regionales')[0]).toMatchObject({
      region: { code: '84', nom: 'Auvergne-Rhône-Alpes', code_region_academique: '01' },
    });
    expect(byPath.pagination.total).toBe(3);
  });

  it('lists formations by UAI with the establishment’s académie', async () => {
    const { body } = await get(`/formations?uais=${S.lyon}`);
    expect(items(body, 'formations')).toEqual([
      expect.objectContaining({
        uai: S.lyon,
        uai_donnee: S.lyon,
        academie: { code: '10', nom: 'Lyon' },
      }),
    ]);
  });

  it('refuses what the reference refused, in its shape', async () => {
    for (const [path, key] of [
      ['/certifications?regions=84', 'regions'],
      ['/regionales?academies=99', 'academies[0]'],
      ['/formations?uais=0691234', 'uais[0]'],
      ['/certifications?page=deux', 'page'],
      ['/certifications?millesimes=2023,20', 'millesimes[1]'],
    ] as const) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body).toMatchObject({ message: 'Erreur de validation', details: [{ path: [key] }] });
    }
  });

  it('exports CSV with the reference’s columns, separator and null convention, without BOM', async () => {
    const { response, bytes, header, rows } = await csv('/certifications.csv?items_par_page=100');
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=UTF-8');
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename=export-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(bytes[0]).toBe('c'.charCodeAt(0));
    expect(header).toEqual([...REFERENCE_CSV_COLUMNS.certifications]);
    expect(rows.find((row) => row.code_certification === S.cap)).toMatchObject({
      code_formation_diplome: S.cap,
      filiere: 'apprentissage',
      millesime: '2022_2023',
      donnee_source_type: 'self',
      donnee_source_code_certification: S.cap,
      nb_annee_term: '120',
      taux_en_emploi_6_mois: '45',
      salaire_12_mois_q2: '1620',
      taux_rupture_contrats: '',
    });
    // Below the threshold salaries are withheld too, where the reference let them through.
    expect(rows.find((row) => row.code_certification === S.btsSmall)).toMatchObject({
      nb_annee_term: '15',
      taux_en_emploi_6_mois: 'null',
      salaire_12_mois_q2: 'null',
    });
  });

  it('exports every row without pagination, regional names first and formations’ UAIs first', async () => {
    const regional = await csv('/regionales.csv');
    expect(regional.header).toEqual([...REFERENCE_CSV_COLUMNS.regionales]);
    expect(regional.rows).toHaveLength(
      (await get('/regionales?items_par_page=100')).body.pagination.total,
    );
    expect(regional.rows[0]?.region).toBe('Auvergne-Rhône-Alpes');
    const formations = await csv(`/formations.csv?uais=${S.lyon}`);
    expect(formations.header.slice(0, 4)).toEqual([
      'uai',
      'uai_type',
      'uai_donnee',
      'uai_donnee_type',
    ]);
    expect(formations.rows[0]).toMatchObject({ uai: S.lyon, uai_type: '', uai_donnee: S.lyon });
  });
});
