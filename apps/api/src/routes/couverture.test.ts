import type { Affichage, Couverture } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { readCsvResponse } from '../testing/read-csv.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

const post = (app: App, body: string, type: string, query = '') =>
  app.request(`/api/inserjeunes/couverture${query}`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body,
  });

describe.each(testDbTargets())('catalogue coverage on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db, { couvertureMaxBytes: 4096 });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const catalogue = [
    'Libellé;UAI;Code_Certification;Région',
    `Cuisine à Lyon;${S.lyon};${S.cap};`,
    `Cuisine à Bourg;${S.bourg};${S.cap};`,
    `Cuisine à Paris;${S.paris};${S.cap};`,
    `Tourisme;;${S.btsSmall};`,
    `Nouveau;;${S.tooNew};`,
    `Inconnu;;99999999;`,
    `"Ligne ; vide";${S.lyon};;`,
    `Code faux;;ABC;`,
    `UAI fausse;0691234A;${S.cap};`,
    `Seconde;;${S.secondeCommune};84`,
    `Inconnu UAI;${S.unknownUai};${S.cap};`,
  ].join('\r\n');

  it('gives every row its status, reason and the scope the widget would show, and totals that add up', async () => {
    const response = await post(app, `\uFEFF${catalogue}`, 'text/csv');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Couverture;
    expect(body.colonnes).toEqual({ code: 'Code_Certification', uai: 'UAI', region: 'Région' });
    expect(body.lignes.map((l) => [l.ligne, l.statut, l.raison, l.scope])).toEqual([
      [2, 'couvert', null, 'formation'],
      [3, 'couvert', null, 'regional'],
      [4, 'couvert', null, 'national'],
      [5, 'sous_seuil', 'effectif_insuffisant', 'national'],
      [6, 'non_couvert', 'nouveau_diplome', null],
      [7, 'non_couvert', 'code_inconnu', null],
      [8, 'invalide', 'code_manquant', null],
      [9, 'invalide', 'code_invalide', null],
      [10, 'invalide', 'uai_invalide', null],
      [11, 'couvert', 'seconde_commune', 'national'],
      [12, 'couvert', 'uai_inconnu', 'national'],
    ]);
    expect(body.lignes[2]?.repli).toEqual([
      { scope: 'formation', raison: 'effectif_insuffisant' },
      { scope: 'regional', raison: 'effectif_insuffisant' },
    ]);
    expect(body.lignes[8]?.message).toContain('0691234A');
    expect(body.totaux).toEqual({
      lignes: 11,
      couvert: 5,
      sous_seuil: 1,
      non_couvert: 2,
      invalide: 3,
      pourcentages: { couvert: 45.5, sous_seuil: 9.1, non_couvert: 18.2, invalide: 27.3 },
      par_scope: { formation: 1, regional: 1, national: 3 },
    });
  });

  it('predicts exactly what the widget route shows', async () => {
    const response = await post(
      app,
      `uai;code\n${S.paris};${S.cap}\n${S.bourg};${S.bacProFirstYear}`,
      'text/csv',
    );
    const body = (await response.json()) as Couverture;
    for (const [ligne, uai, code] of [
      [0, S.paris, S.cap],
      [1, S.bourg, S.bacProFirstYear],
    ] as const) {
      const widget = await getJson<Affichage>(app, `/api/inserjeunes/affichage/${code}?uai=${uai}`);
      expect(body.lignes[ligne]).toMatchObject({
        scope: widget.body.scope,
        repli: widget.body.repli,
        millesime: widget.body.millesime,
        filieres: widget.body.filieres.map((f) => f.filiere),
      });
    }
  });

  it('finds columns by name whatever their case and spacing, and reads JSON', async () => {
    const csv = await post(app, `MEF STAT 11,uai\n${S.capFinal},${S.lyon}`, 'text/csv');
    expect(((await csv.json()) as Couverture).lignes[0]).toMatchObject({
      statut: 'couvert',
      scope: 'formation',
    });
    const json = await post(
      app,
      JSON.stringify([{ CFD: S.cap, REGION: '84' }, { cfd: S.tooNew }]),
      'application/json',
    );
    const body = (await json.json()) as Couverture;
    expect(body.lignes.map((l) => [l.ligne, l.statut, l.scope])).toEqual([
      [1, 'couvert', 'regional'],
      [2, 'non_couvert', null],
    ]);
    const wrapped = await post(
      app,
      JSON.stringify({ lignes: [{ code: S.sise }] }),
      'application/json',
    );
    expect(((await wrapped.json()) as Couverture).totaux.couvert).toBe(1);
  });

  it('finds an establishment column of another name by its values, or by the name given', async () => {
    const header = `Etablissement d'accueil;MEF STAT 11;nb_apparitions_uai_mefstat`;
    const detected = await post(app, `${header}\n${S.lyon};${S.capFinal};1`, 'text/csv');
    expect(((await detected.json()) as Couverture).colonnes.uai).toBe("Etablissement d'accueil");
    const named = await post(app, `lieu;code\n${S.lyon};${S.cap}`, 'text/csv', '?colonne_uai=LIEU');
    expect(((await named.json()) as Couverture).lignes[0]?.scope).toBe('formation');
    const missing = await post(
      app,
      `lieu;code\n${S.lyon};${S.cap}`,
      'text/csv',
      '?colonne_uai=ailleurs',
    );
    expect(await missing.json()).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'colonne_uai' } },
    });
  });

  it('applies the millésime asked for', async () => {
    const response = await post(
      app,
      `code\n${S.cap}\n${S.sise}`,
      'text/csv',
      '?millesime=2021_2022',
    );
    const body = (await response.json()) as Couverture;
    expect(body.lignes.map((l) => [l.statut, l.raison, l.millesime])).toEqual([
      ['couvert', null, '2021_2022'],
      ['non_couvert', 'millesime_indisponible', null],
    ]);
  });

  it('answers CSV when asked', async () => {
    const response = await post(app, `code\n${S.cap}`, 'text/csv', '?format=csv');
    expect(await readCsvResponse(response)).toEqual([
      expect.objectContaining({
        ligne: '2',
        code: S.cap,
        statut: 'couvert',
        scope: 'national',
        filieres: 'scolaire apprentissage',
      }),
    ]);
  });

  it('says clearly what is wrong with the file as a whole', async () => {
    const noCode = await post(app, 'nom;ville\nA;B', 'text/csv');
    expect(noCode.status).toBe(400);
    expect(await noCode.json()).toMatchObject({
      error: { code: 'corps_invalide', details: { colonnes: ['nom', 'ville'] } },
    });
    const badJson = await post(app, '[{"code":', 'application/json');
    expect(await badJson.json()).toMatchObject({ error: { code: 'corps_invalide' } });
    const empty = await post(app, '', 'text/csv');
    expect(await empty.json()).toMatchObject({ error: { code: 'corps_invalide' } });
  });

  it('answers 413 past the size limit and 405 to a GET', async () => {
    const big = await post(app, `code\n${`${S.cap}\n`.repeat(600)}`, 'text/csv');
    expect(big.status).toBe(413);
    const error = (await big.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('corps_trop_grand');
    expect(error.error.message).toMatch(/Découpez/);
    const get = await app.request('/api/inserjeunes/couverture');
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toContain('POST');
    expect(await get.json()).toMatchObject({ error: { code: 'methode_non_autorisee' } });
  });
});

describe.each(testDbTargets())('catalogue size limit in rows on $name', ({ open }) => {
  it('refuses more than 50,000 rows with 413', async () => {
    const db = await open();
    const app = testApp(db);
    try {
      const body = `code\n${'40025214\n'.repeat(50_001)}`;
      const response = await post(app, body, 'text/csv');
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({
        error: { code: 'corps_trop_grand', details: { lignes: 50_001 } },
      });
    } finally {
      await app.close();
      await db.close();
    }
  });
});
