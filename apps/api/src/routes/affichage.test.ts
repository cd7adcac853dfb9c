import { Affichage } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { expectShape } from '../testing/expect-shape.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

/** GET the widget's route; every 200 answer must match the contract the widget checks it with. */
async function affichage(app: App, query: string) {
  const answer = await getJson<Affichage>(app, `/api/inserjeunes/affichage/${query}`);
  if (answer.status === 200) expectShape(Affichage, answer.body);
  return answer;
}

describe.each(testDbTargets())('the widget view with server-side fallback on $name', ({ open }) => {
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

  it('shows the establishment when it has a publishable figure, flagged fictitious', async () => {
    const { status, body } = await affichage(app, `${S.cap}?uai=${S.lyon}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      codes: [S.cap],
      libelle: 'CAP CUISINE',
      audience_suggeree: '3eme',
      scope: 'formation',
      repli: [],
      etablissement: { uai: S.lyon, libelle: 'Lycée professionnel du Rhône' },
      region: { code: '84', libelle: 'Auvergne-Rhône-Alpes' },
      millesime: '2022_2023',
      formation_fermee: false,
      seconde_commune: null,
      absence: null,
    });
    expect(body.filieres).toHaveLength(1);
    expect(body.filieres[0]).toMatchObject({
      scope: 'formation',
      filiere: 'scolaire',
      code_certification: S.capFinal,
      taux_en_emploi_6_mois: 40,
      taux_en_formation: 40,
      taux_autres_6_mois: 20,
      etablissement: { uai: S.lyon },
    });
    expect(body.filieres[0]?.provenance).toEqual([
      expect.objectContaining({ jeu_de_donnees: 'indicateurs-csv', fictif: true }),
    ]);
  });

  it('gives a readable label beside the official one, on the answer and on each block', async () => {
    const { body } = await affichage(app, `${S.cap}?uai=${S.lyon}`);
    expect(body.libelle).toBe('CAP CUISINE');
    expect(body.libelle_lisible).toBe('CAP cuisine');
    expect(body.filieres[0]?.libelle).toBe('CAP CUISINE');
    expect(body.filieres[0]?.libelle_lisible).toBe('CAP cuisine');
  });

  it('names a seconde commune by its famille de métiers in the readable label', async () => {
    const { body } = await affichage(app, S.secondeCommune);
    expect(body.libelle_lisible).toBe(
      'Bac pro Métiers de la construction durable, seconde commune',
    );
  });

  it('falls back to the establishment’s region when the establishment has nothing', async () => {
    const { body } = await affichage(app, `${S.cap}?uai=${S.bourg}`);
    expect(body.scope).toBe('regional');
    expect(body.repli).toEqual([{ scope: 'formation', raison: 'absent' }]);
    expect(body.region).toEqual({ code: '84', libelle: 'Auvergne-Rhône-Alpes' });
    expect(body.filieres.map((f) => [f.filiere, f.region?.code, f.taux_en_emploi_6_mois])).toEqual([
      ['apprentissage', '84', 45],
    ]);
  });

  it('falls back to France past scopes with too few students, saying so for each', async () => {
    const { body } = await affichage(app, `${S.cap}?uai=${S.paris}`);
    expect(body.scope).toBe('national');
    expect(body.repli).toEqual([
      { scope: 'formation', raison: 'effectif_insuffisant' },
      { scope: 'regional', raison: 'effectif_insuffisant' },
    ]);
    expect(body.region?.code).toBe('11');
    expect(body.filieres.map((f) => [f.filiere, f.taux_en_emploi_6_mois])).toEqual([
      ['scolaire', 25],
      ['apprentissage', 45],
    ]);
  });

  it('takes the region parameter, as a code or a postal code, over the establishment’s', async () => {
    const byPostalCode = await affichage(app, `${S.cap}?region=69003`);
    expect(byPostalCode.body).toMatchObject({
      scope: 'regional',
      region: { code: '84' },
      repli: [],
    });
    const overriding = await affichage(app, `${S.cap}?uai=${S.paris}&region=84`);
    expect(overriding.body).toMatchObject({
      scope: 'regional',
      region: { code: '84' },
      repli: [{ scope: 'formation', raison: 'effectif_insuffisant' }],
    });
  });

  it('keeps one filière with voie, and says which', async () => {
    const { body } = await affichage(app, `${S.cap}?voie=scolaire`);
    expect(body.filieres.map((f) => f.filiere)).toEqual(['scolaire']);
    expect(body.voie).toBe('scolaire');
    const every = await affichage(app, S.cap);
    expect(every.body.filieres.map((f) => f.filiere)).toEqual(['scolaire', 'apprentissage']);
    expect(every.body).not.toHaveProperty('voie');
  });

  it('shows the narrowest withheld scope when no scope has a publishable figure', async () => {
    const { body } = await affichage(app, S.btsSmall);
    expect(body).toMatchObject({
      scope: 'national',
      repli: [],
      absence: null,
      audience_suggeree: 'lycee',
    });
    expect(body.filieres[0]?.masquage?.raison).toBe('effectif_insuffisant');
    expect(body.filieres[0]?.taux_en_emploi_6_mois).toBeNull();
  });

  it('says why there is nothing to show: new diploma, not taught here, not published', async () => {
    const tooNew = await affichage(app, S.tooNew);
    expect(tooNew.body).toMatchObject({
      scope: null,
      filieres: [],
      repli: [{ scope: 'national', raison: 'absent' }],
      absence: { raison: 'nouveau_diplome' },
    });
    const notHere = await affichage(app, `${S.neverPublished}?uai=${S.lyon}`);
    expect(notHere.body.absence?.raison).toBe('non_enseigne');
    expect(notHere.body.repli.map((step) => step.scope)).toEqual([
      'formation',
      'regional',
      'national',
    ]);
    const notPublished = await affichage(app, S.neverPublished);
    expect(notPublished.body.absence).toMatchObject({ raison: 'non_publie' });
    expect(notPublished.body.absence?.message).not.toBe('');
  });

  it('passes over a scope whose row the source did not publish', async () => {
    const { body } = await affichage(app, S.withheldBySource);
    expect(body.scope).toBe('national');
    expect(body.filieres[0]?.masquage?.raison).toBe('non_publie');
  });

  it('sums a common first year over its specialities and lists them', async () => {
    const { body } = await affichage(app, S.secondeCommune);
    expect(body.seconde_commune?.specialites.map((s) => s.code)).toEqual([
      S.travauxPublics,
      S.couverture,
    ]);
    expect(body.libelle).toBe('2NDPRO MET.CON.DUR.BAT.&TRA.PUB.2NDE COM');
    expect(body.filieres[0]).toMatchObject({
      codes_sommes: [S.travauxPublics, S.couverture],
      nb_annee_term: 40,
      taux_en_emploi_6_mois: 42,
      taux_en_formation: 28,
    });
  });

  it('says a first year was resolved, a diploma is closed, figures were carried over', async () => {
    const first = await affichage(app, S.bacProFirstYear);
    expect(first.body.filieres[0]?.resolution).toEqual({
      code_demande: S.bacProFirstYear,
      raison: 'annee_non_terminale',
    });
    const closed = await affichage(app, S.closed);
    expect(closed.body.formation_fermee).toBe(true);
    const carried = await affichage(app, S.nouveau);
    expect(carried.body.filieres[0]?.donnee_source).toEqual({ code: S.ancien, type: 'ancienne' });
  });

  it('suggests the audience from the code', async () => {
    expect((await affichage(app, S.sise)).body.audience_suggeree).toBe('superieur');
    expect((await affichage(app, S.bacPro)).body.audience_suggeree).toBe('3eme');
  });

  it('treats an unknown but valid UAI as a scope with nothing, not an error', async () => {
    const { status, body } = await affichage(app, `${S.cap}?uai=${S.unknownUai}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      scope: 'national',
      etablissement: { uai: S.unknownUai, libelle: null },
      repli: [{ scope: 'formation', raison: 'absent' }],
    });
  });

  it('answers 404 for an unknown code or millésime, 400 for bad parameters', async () => {
    expect((await affichage(app, '99999999')).body).toMatchObject({
      error: { code: 'code_inconnu' },
    });
    const millesime = await affichage(app, `${S.cap}?millesime=2018_2019`);
    expect(millesime.status).toBe(404);
    expect(millesime.body).toMatchObject({
      error: {
        code: 'millesime_indisponible',
        details: { millesimes_disponibles: ['2022_2023', '2021_2022'] },
      },
    });
    for (const [query, parametre] of [
      [`${S.cap}?uai=0010001A`, 'uai'],
      [`${S.cap}?region=99`, 'region'],
      [`${S.cap}?voie=alternance`, 'voie'],
      [`${S.cap}?audience=college`, 'audience'],
      [`${S.cap}?widget=%3Cscript%3E`, 'widget'],
      [`${S.cap}?lang=fr`, 'lang'],
    ] as const) {
      const { status, body } = await affichage(app, query);
      expect(status, query).toBe(400);
      expect(body, query).toMatchObject({ error: { details: { parametre } } });
    }
  });

  it('accepts the widget’s identification parameters', async () => {
    const { status } = await affichage(app, `${S.cap}?audience=lycee&widget=1.2.0`);
    expect(status).toBe(200);
  });
});
