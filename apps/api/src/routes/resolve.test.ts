import type { Resolution } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('code resolution on $name', ({ open }) => {
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
  const resolve = (code: string) => getJson<Resolution>(app, `/api/inserjeunes/resolve/${code}`);

  it('describes a diploma: level, label, final years, and the data that exists', async () => {
    const { body } = await resolve(S.cap);
    expect(body).toMatchObject({
      code: S.cap,
      code_type: 'CFD',
      nature: 'diplome',
      libelle: 'CAP CUISINE',
      diplome: { code: '500', libelle: 'CAP' },
      code_formation_diplome: S.cap,
      formation_fermee: false,
      annees_terminales: [{ code: S.capFinal, libelle: 'CAP CUISINE' }],
      seconde_commune: null,
      audience_suggeree: '3eme',
    });
    expect(body.donnees).toEqual([
      { scope: 'national', filiere: 'scolaire', millesimes: ['2022_2023'] },
      { scope: 'national', filiere: 'apprentissage', millesimes: ['2022_2023', '2021_2022'] },
      { scope: 'regional', filiere: 'apprentissage', millesimes: ['2022_2023'] },
      { scope: 'formation', filiere: 'scolaire', millesimes: ['2022_2023'] },
      { scope: 'formation', filiere: 'apprentissage', millesimes: ['2022_2023'] },
    ]);
  });

  it('resolves an earlier school-route year to its final year', async () => {
    const { body } = await resolve(S.bacProFirstYear);
    expect(body).toMatchObject({
      code_type: 'MEFSTAT11',
      nature: 'annee_non_terminale',
      duree: 3,
      annee: 1,
      code_formation_diplome: S.bacPro,
      annees_terminales: [{ code: S.bacProFinal }],
    });
    expect((await resolve(S.bacProFinal)).body.nature).toBe('annee_terminale');
  });

  it('gives renewal links both ways and closure', async () => {
    const ancien = await resolve(S.ancien);
    expect(ancien.body).toMatchObject({
      formation_fermee: true,
      date_fermeture: '2021-08-31',
      continuum: { anciens: [], nouveaux: [{ code: S.nouveau, libelle: 'CAP NOUVEAU' }] },
    });
    const nouveau = await resolve(S.nouveau);
    expect(nouveau.body.continuum.anciens).toEqual([{ code: S.ancien, libelle: 'CAP ANCIEN' }]);
  });

  it('lists the specialities of a common first year', async () => {
    const { body } = await resolve(S.secondeCommune);
    expect(body.nature).toBe('seconde_commune');
    expect(body.annees_terminales.map((a) => a.code)).toEqual([S.travauxPublics, S.couverture]);
    expect(body.seconde_commune?.seconde_commune.famille).toBe(
      'Métiers de la construction durable',
    );
    const byCfd = await resolve(S.secondeCommuneCfd);
    expect(byCfd.body.nature).toBe('seconde_commune');
  });

  it('answers 404 for an unknown code and 400 for several or malformed ones', async () => {
    expect((await resolve('12345678')).body).toMatchObject({ error: { code: 'code_inconnu' } });
    expect((await resolve(`${S.cap},${S.bacPro}`)).body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'code' } },
    });
    expect((await resolve('ABC')).status).toBe(400);
    expect((await getJson(app, `/api/inserjeunes/resolve/${S.cap}?x=1`)).body).toMatchObject({
      error: { code: 'parametre_inconnu' },
    });
  });
});
