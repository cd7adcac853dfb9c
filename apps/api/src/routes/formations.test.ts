import type { Indicateur, ListeFormations } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { readCsvResponse } from '../testing/read-csv.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('figures per establishment × certification on $name', ({ open }) => {
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

  it('gives the figures of one training in one establishment, saying they are fictitious', async () => {
    const { status, body } = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/formations/${S.lyon}-${S.capFinal}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      scope: 'formation',
      etablissement: { uai: S.lyon, libelle: 'Lycée professionnel du Rhône' },
      code_certification: S.capFinal,
      code_formation_diplome: S.cap,
      libelle: 'CAP CUISINE',
      taux_en_emploi_6_mois: 40,
    });
    expect(body.provenance.every((source) => source.fictif)).toBe(true);
  });

  it('reads the UAI in lower case and a prefixed code', async () => {
    const { status } = await getJson(
      app,
      `/api/inserjeunes/formations/${S.lyon.toLowerCase()}-MEFSTAT11:${S.capFinal}`,
    );
    expect(status).toBe(200);
  });

  it('answers 404 for an unknown establishment, and says a training is not taught there', async () => {
    const unknown = await getJson(app, `/api/inserjeunes/formations/${S.unknownUai}-${S.cap}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      error: { code: 'etablissement_inconnu', details: { uai: S.unknownUai } },
    });
    const notTaught = await getJson(app, `/api/inserjeunes/formations/${S.lyon}-${S.bacPro}`);
    expect(notTaught.status).toBe(404);
    expect(notTaught.body).toMatchObject({
      error: { code: 'donnees_indisponibles', details: { raison: 'non_enseigne' } },
    });
  });

  it('answers 400 for a wrong check letter or a missing dash', async () => {
    const letter = await getJson<{ error: { message: string } }>(
      app,
      `/api/inserjeunes/formations/0691234A-${S.cap}`,
    );
    expect(letter.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'uai' } },
    });
    expect(letter.body.error.message).toContain('S');
    const dash = await getJson(app, `/api/inserjeunes/formations/${S.lyon}${S.cap}`);
    expect(dash.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'formation' } },
    });
  });

  it('lists establishment rows by UAI, région or académie, and exports them', async () => {
    const byUai = await getJson<ListeFormations>(
      app,
      `/api/inserjeunes/formations?uais=${S.paris}`,
    );
    expect(byUai.body.formations.map((r) => [r.code_certification, r.masquage?.raison])).toEqual([
      [S.cap, 'effectif_insuffisant'],
    ]);
    const byAcademie = await getJson<ListeFormations>(
      app,
      '/api/inserjeunes/formations?academies=10',
    );
    expect(byAcademie.body.formations.map((r) => r.etablissement?.uai)).toEqual([S.lyon]);
    const byRegion = await getJson<ListeFormations>(app, '/api/inserjeunes/formations?regions=11');
    expect(byRegion.body.formations.map((r) => r.etablissement?.uai)).toEqual([S.paris]);
    const csv = await readCsvResponse(await app.request('/api/inserjeunes/formations.csv'));
    expect(csv.map((row) => [row.uai, row.fictif])).toEqual([
      [S.lyon, 'oui'],
      [S.paris, 'oui'],
    ]);
  });
});
