import type { Indicateur, IndicateursParFiliere, ListeRegionales } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { readCsvResponse } from '../testing/read-csv.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('regional figures on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('gives a region’s figures, named by INSEE code or by a postal code of the region', async () => {
    const byCode = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/regionales/84/certifications/${S.cap}`,
    );
    expect(byCode.body).toMatchObject({
      scope: 'regional',
      region: { code: '84', libelle: 'Auvergne-Rhône-Alpes' },
      millesime: '2022_2023',
      filiere: 'apprentissage',
      nb_annee_term: 40,
      taux_en_emploi_6_mois: 45,
      taux_en_formation: 25,
      taux_autres_6_mois: 30,
      salaire_12_mois_q1: null,
    });
    const byPostalCode = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/regionales/69003/certifications/${S.cap}`,
    );
    expect(byPostalCode.body).toEqual(byCode.body);
  });

  it('withholds a region under the threshold', async () => {
    const { body } = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/regionales/11/certifications/${S.cap}`,
    );
    expect(body).toMatchObject({
      nb_annee_term: 12,
      taux_en_emploi_6_mois: null,
      masquage: { raison: 'effectif_insuffisant' },
    });
  });

  it('gives one block per filière and resolves school-route codes', async () => {
    const { body } = await getJson<IndicateursParFiliere>(
      app,
      `/api/inserjeunes/regionales/84/certifications/${S.bacPro}?vue=filieres`,
    );
    expect(
      body.filieres.map((f) => [f.filiere, f.code_certification, f.taux_en_emploi_6_mois]),
    ).toEqual([['scolaire', S.bacProFinal, 30]]);
  });

  it('answers 404 when the region has no figure for the code, 400 for an unknown region', async () => {
    const none = await getJson(app, `/api/inserjeunes/regionales/93/certifications/${S.cap}`);
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({
      error: { code: 'donnees_indisponibles', details: { scope: 'regional' } },
    });
    const bad = await getJson(app, `/api/inserjeunes/regionales/99/certifications/${S.cap}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'region' } },
    });
  });

  it('lists regional rows filtered by region or académie, and exports them', async () => {
    const byRegion = await getJson<ListeRegionales>(app, '/api/inserjeunes/regionales?regions=93');
    expect(byRegion.body.regionales.map((r) => [r.code_certification, r.region?.code])).toEqual([
      [S.agregat, '93'],
    ]);
    const byAcademie = await getJson<ListeRegionales>(
      app,
      `/api/inserjeunes/regionales?academies=10&codes=${S.cap}`,
    );
    expect(byAcademie.body.regionales.map((r) => r.region?.code)).toEqual(['84']);
    expect(byAcademie.body.pagination.total).toBe(1);
    const csv = await readCsvResponse(
      await app.request('/api/inserjeunes/regionales.csv?regions=11'),
    );
    expect(csv).toEqual([
      expect.objectContaining({
        code_certification: S.cap,
        region_code: '11',
        nb_annee_term: '12',
        taux_en_emploi_6_mois: '',
        masquage_raison: 'effectif_insuffisant',
      }),
    ]);
  });
});
