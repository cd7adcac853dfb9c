import type {
  Indicateur,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
  ListeCertifications,
} from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { readCsvResponse } from '../testing/read-csv.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('national figures on $name', ({ open }) => {
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

  it('gives the latest millésime of a CFD, shares over nb_annee_term summing to 100, with labels and provenance', async () => {
    const { status, body } = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/certifications/${S.cap}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      scope: 'national',
      millesime: '2022_2023',
      filiere: 'apprentissage',
      code_certification: S.cap,
      code_formation_diplome: S.cap,
      libelle: 'CAP CUISINE',
      diplome: { code: '500', libelle: 'CAP' },
      formation_fermee: false,
      donnee_source: { code: S.cap, type: 'self' },
      agregat_regional: false,
      masquage: null,
      nb_annee_term: 120,
      nb_sortant: 90,
      taux_en_emploi_6_mois: 45,
      taux_en_formation: 25,
      taux_autres_6_mois: 30,
      taux_en_emploi_12_mois: 50,
      taux_en_emploi_24_mois: 55,
      salaire_12_mois_q2: 1620,
    });
    expect(body.provenance).toEqual([
      expect.objectContaining({
        jeu_de_donnees: 'inserjeunes-regional',
        fichier: 'ij_region_data.csv',
        fictif: false,
      }),
    ]);
    expect(body.provenance[0]?.importe_le).toBe('2025-01-10T09:01:00.000Z');
  });

  it('serves an older millésime on request, with partial figures left null', async () => {
    const { body } = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/certifications/${S.cap}?millesime=2021_2022`,
    );
    expect(body).toMatchObject({
      millesime: '2021_2022',
      taux_en_emploi_6_mois: 40,
      taux_en_emploi_24_mois: null,
    });
  });

  it('answers 404 for a millésime that does not exist, listing those that do', async () => {
    const { status, body } = await getJson(
      app,
      `/api/inserjeunes/certifications/${S.cap}?millesime=2019_2020`,
    );
    expect(status).toBe(404);
    expect(body).toMatchObject({
      error: {
        code: 'millesime_indisponible',
        details: { parametre: 'millesime', millesimes_disponibles: ['2022_2023', '2021_2022'] },
      },
    });
    expect(JSON.stringify(body)).toContain('2021_2022');
  });

  it('reads a MEFSTAT11 as the school route, and resolves a first year to its final year', async () => {
    const final = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/certifications/MEFSTAT11:${S.bacProFinal}`,
    );
    expect(final.body).toMatchObject({
      filiere: 'scolaire',
      taux_en_emploi_6_mois: 25,
      taux_en_formation: 50,
      resolution: null,
    });
    const first = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/certifications/${S.bacProFirstYear}`,
    );
    expect(first.body).toMatchObject({
      code_certification: S.bacProFinal,
      resolution: { code_demande: S.bacProFirstYear, raison: 'annee_non_terminale' },
      taux_en_emploi_6_mois: 25,
    });
    const fromBcnRule = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/certifications/${S.capFirstYear}`,
    );
    expect(fromBcnRule.body).toMatchObject({
      code_certification: S.capFinal,
      filiere: 'scolaire',
      nb_annee_term: 200,
    });
  });

  it('withholds every rate, count but nb_annee_term, and salary below 20 students, saying why', async () => {
    const { status, body } = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/certifications/${S.btsSmall}`,
    );
    expect(status).toBe(200);
    expect(body.masquage).toMatchObject({ raison: 'effectif_insuffisant', seuil: 20 });
    expect(body.masquage?.message).toMatch(/20/);
    expect(body.nb_annee_term).toBe(15);
    expect(body.nb_poursuite_etudes).toBeNull();
    expect(body.nb_en_emploi_6_mois).toBeNull();
    expect(body.taux_en_emploi_6_mois).toBeNull();
    expect(body.taux_en_formation).toBeNull();
    expect(body.salaire_12_mois_q2).toBeNull();
  });

  it('shows exactly 20 students', async () => {
    const { body } = await getJson<Indicateur>(app, `/api/inserjeunes/certifications/${S.markup}`);
    expect(body).toMatchObject({ masquage: null, nb_annee_term: 20, taux_en_emploi_6_mois: 50 });
  });

  it('says when figures are carried over from the previous diploma of a renewal', async () => {
    const { body } = await getJson<Indicateur>(app, `/api/inserjeunes/certifications/${S.nouveau}`);
    expect(body).toMatchObject({
      code_certification: S.nouveau,
      donnee_source: { code: S.ancien, type: 'ancienne' },
      taux_en_emploi_6_mois: 50,
    });
  });

  it('flags national figures summed from regional rows, and closed diplomas', async () => {
    const agregat = await getJson<Indicateur>(app, `/api/inserjeunes/certifications/${S.agregat}`);
    expect(agregat.body).toMatchObject({ agregat_regional: true, nb_annee_term: 90 });
    const closed = await getJson<Indicateur>(app, `/api/inserjeunes/certifications/${S.closed}`);
    expect(closed.body).toMatchObject({ formation_fermee: true, date_fermeture: '2022-08-31' });
  });

  it('gives one block per filière with vue=filieres', async () => {
    const { body } = await getJson<IndicateursParFiliere>(
      app,
      `/api/inserjeunes/certifications/${S.cap}?vue=filieres`,
    );
    expect(body.codes).toEqual([S.cap]);
    expect(
      body.filieres.map((block) => [
        block.filiere,
        block.code_certification,
        block.taux_en_emploi_6_mois,
      ]),
    ).toEqual([
      ['scolaire', S.capFinal, 25],
      ['apprentissage', S.cap, 45],
    ]);
  });

  it('takes each filière’s own latest millésime when they differ', async () => {
    const { body } = await getJson<IndicateursParFiliere>(
      app,
      `/api/inserjeunes/certifications/${S.bacPro}?vue=filieres`,
    );
    expect(body.millesime).toBe('2022_2023');
    expect(
      body.filieres.map((block) => [block.filiere, block.millesime, block.taux_en_emploi_6_mois]),
    ).toEqual([
      ['scolaire', '2022_2023', 25],
      ['apprentissage', '2021_2022', 60],
    ]);
    const asked = await getJson<IndicateursParFiliere>(
      app,
      `/api/inserjeunes/certifications/${S.bacPro}?vue=filieres&millesime=2021_2022`,
    );
    expect(asked.body.filieres.map((block) => block.millesime)).toEqual(['2021_2022', '2021_2022']);
  });

  it('sums several codes per filière and recomputes rates from the summed counts', async () => {
    const { body } = await getJson<IndicateursParFiliere>(
      app,
      `/api/inserjeunes/certifications/${S.travauxPublics}|${S.couverture}`,
    );
    expect(body.filieres).toHaveLength(1);
    expect(body.filieres[0]).toMatchObject({
      filiere: 'scolaire',
      codes_sommes: [S.travauxPublics, S.couverture],
      nb_annee_term: 40,
      // 11/40 = 27.5 → 28 and 17/40 = 42.5 → 42 (ties to even), others 100 − 42 − 28.
      taux_en_formation: 28,
      taux_en_emploi_6_mois: 42,
      taux_autres_6_mois: 30,
      masquage: null,
    });
  });

  it('lists the specialities of a common first year with their figures', async () => {
    const { body } = await getJson<IndicateursSecondeCommune>(
      app,
      `/api/inserjeunes/certifications/${S.secondeCommune}`,
    );
    expect(body.seconde_commune).toMatchObject({
      code: S.secondeCommune,
      famille: 'Métiers de la construction durable',
    });
    expect(body.specialites).toEqual([
      { code: S.travauxPublics, libelle: 'Travaux publics' },
      { code: S.couverture, libelle: 'Couverture' },
    ]);
    expect(
      body.certifications.map((record) => [
        record.code_certification,
        record.masquage?.raison ?? null,
      ]),
    ).toEqual([
      [S.travauxPublics, null],
      [S.couverture, 'effectif_insuffisant'],
    ]);
  });

  it('serves higher-education codes', async () => {
    const { body } = await getJson<Indicateur>(
      app,
      `/api/inserjeunes/certifications/SISE:${S.sise}`,
    );
    expect(body).toMatchObject({
      filiere: 'superieur',
      code_certification_type: 'SISE',
      taux_en_emploi_6_mois: 50,
    });
  });

  it('answers 404 with the reason for known codes without figures', async () => {
    const tooNew = await getJson(app, `/api/inserjeunes/certifications/${S.tooNew}`);
    expect(tooNew.status).toBe(404);
    expect(tooNew.body).toMatchObject({
      error: { code: 'donnees_indisponibles', details: { raison: 'nouveau_diplome' } },
    });
    const never = await getJson(app, `/api/inserjeunes/certifications/${S.neverPublished}`);
    expect(never.body).toMatchObject({
      error: { code: 'donnees_indisponibles', details: { raison: 'non_publie' } },
    });
  });

  it('answers 404 naming unknown codes, and 400 naming the bad one', async () => {
    const unknown = await getJson(app, '/api/inserjeunes/certifications/99999999');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      error: { code: 'code_inconnu', details: { codes: ['99999999'] } },
    });
    const bad = await getJson<{ error: { message: string } }>(
      app,
      '/api/inserjeunes/certifications/12-34',
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'codes' } },
    });
    expect(bad.body.error.message).toMatch(/codes/);
  });

  it('refuses unknown and repeated query parameters, and bad values, naming them', async () => {
    const unknown = await getJson<{ error: { message: string } }>(
      app,
      `/api/inserjeunes/certifications/${S.cap}?milesime=2022`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: { code: 'parametre_inconnu', details: { parametre: 'milesime' } },
    });
    expect(unknown.body.error.message).toContain('millesime');
    const twice = await getJson(
      app,
      `/api/inserjeunes/certifications/${S.cap}?millesime=2022&millesime=2023`,
    );
    expect(twice.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'millesime' } },
    });
    const bad = await getJson(app, `/api/inserjeunes/certifications/${S.cap}?millesime=22`);
    expect(bad.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'millesime', valeur: '22' } },
    });
  });
});

describe.each(testDbTargets())('the national list and its CSV export on $name', ({ open }) => {
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

  it('pages in a stable order, newest millésime first, 20 per page by default', async () => {
    const { body } = await getJson<ListeCertifications>(app, '/api/inserjeunes/certifications');
    expect(body.pagination).toEqual({ page: 1, items_par_page: 20, nombre_de_pages: 1, total: 16 });
    expect(body.certifications[0]?.millesime).toBe('2022_2023');
    expect(body.certifications.at(-1)?.millesime).toBe('2021_2022');
    const page2 = await getJson<ListeCertifications>(
      app,
      '/api/inserjeunes/certifications?items_par_page=5&page=2',
    );
    expect(page2.body.pagination).toEqual({
      page: 2,
      items_par_page: 5,
      nombre_de_pages: 4,
      total: 16,
    });
    expect(page2.body.certifications.map((r) => r.code_certification)).toEqual(
      body.certifications.slice(5, 10).map((r) => r.code_certification),
    );
  });

  it('filters by millésimes, codes and filière, withholding as everywhere', async () => {
    const { body } = await getJson<ListeCertifications>(
      app,
      `/api/inserjeunes/certifications?millesimes=2022_2023&codes=${S.cap},${S.btsSmall}&filiere=apprentissage`,
    );
    expect(body.certifications.map((r) => [r.code_certification, r.taux_en_emploi_6_mois])).toEqual(
      [
        [S.btsSmall, null],
        [S.cap, 45],
      ],
    );
  });

  it('bounds the page size and refuses filters that do not apply nationally', async () => {
    const big = await getJson(app, '/api/inserjeunes/certifications?items_par_page=501');
    expect(big.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'items_par_page' } },
    });
    const region = await getJson(app, '/api/inserjeunes/certifications?regions=84');
    expect(region.body).toMatchObject({
      error: { code: 'parametre_inconnu', details: { parametre: 'regions' } },
    });
  });

  it('exports CSV with a BOM and semicolons, keeping markup and quotes intact and defusing formulas', async () => {
    const response = await app.request(
      `/api/inserjeunes/certifications.csv?codes=${S.markup},${S.cap}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toContain('attachment');
    const raw = await response.clone().text();
    expect(raw.split('\r\n')[0]).toMatch(/^scope;millesime;filiere;code_certification;/);
    const rows = await readCsvResponse(response);
    const markup = rows.find((row) => row.code_certification === S.markup);
    expect(markup?.libelle).toBe(`'${S.markupLabel}`);
    expect(markup?.taux_en_emploi_6_mois).toBe('50');
    const cap = rows.filter((row) => row.code_certification === S.cap);
    expect(cap.map((row) => row.millesime)).toEqual(['2022_2023', '2021_2022']);
    expect(cap[0]?.salaire_12_mois_q1).toBe('1450');
    expect(cap[0]?.provenance).toContain('InserJeunes');
  });
});
