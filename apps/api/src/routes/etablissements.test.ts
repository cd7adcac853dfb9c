import type { IndicateursEtablissement } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('an establishment over all its trainings on $name', ({ open }) => {
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

  it('gives one record per millésime, newest first, with the establishment’s place', async () => {
    const { status, body } = await getJson<IndicateursEtablissement>(
      app,
      `/api/inserjeunes/etablissements/${S.paris}`,
    );
    expect(status).toBe(200);
    expect(body.etablissement).toEqual({
      uai: S.paris,
      libelle: 'CFA de Paris',
      region: { code: '11', libelle: 'Île-de-France' },
      academie: { code: '01', libelle: 'Paris' },
    });
    expect(body.millesimes).toEqual(['2022_2023', '2021_2022']);
    expect(body.nombre_formations).toBe(1);
    expect(body.indicateurs.map((r) => [r.millesime, r.scope, r.taux_en_emploi_6_mois])).toEqual([
      ['2022_2023', 'etablissement', 55],
      ['2021_2022', 'etablissement', 50],
    ]);
    // Published rates without counts (CFA file) are shown, with what only that file gives.
    expect(body.indicateurs[0]).toMatchObject({
      masquage: null,
      nb_annee_term: null,
      valeur_ajoutee_6_mois: -3,
      taux_emploi_attendu_6_mois: 72,
      taux_emploi_sortants_6_mois: 69,
    });
  });

  it('filters by millésime, and answers 404 listing those that exist', async () => {
    const one = await getJson<IndicateursEtablissement>(
      app,
      `/api/inserjeunes/etablissements/${S.paris}?millesime=2021_2022`,
    );
    expect(one.body.indicateurs).toHaveLength(1);
    const none = await getJson(
      app,
      `/api/inserjeunes/etablissements/${S.paris}?millesime=2019_2020`,
    );
    expect(none.body).toMatchObject({
      error: {
        code: 'millesime_indisponible',
        details: { millesimes_disponibles: ['2022_2023', '2021_2022'] },
      },
    });
  });

  it('answers 404 for an unknown UAI or one without overall figures, 400 for a malformed one', async () => {
    const unknown = await getJson(app, `/api/inserjeunes/etablissements/${S.unknownUai}`);
    expect(unknown.body).toMatchObject({ error: { code: 'etablissement_inconnu' } });
    const noFigures = await getJson(app, `/api/inserjeunes/etablissements/${S.marseille}`);
    expect(noFigures.status).toBe(404);
    expect(noFigures.body).toMatchObject({ error: { code: 'donnees_indisponibles' } });
    const bad = await getJson(app, '/api/inserjeunes/etablissements/12345');
    expect(bad.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'uai' } },
    });
  });
});
