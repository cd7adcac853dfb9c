import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';
import { THRESHOLD_MESSAGE } from './reference-meta.js';

type Body = Record<string, unknown> & { _meta?: Record<string, unknown> };
const BASE = '/compat/trajectoires-pro/api/inserjeunes';
const MASKED = [
  'nb_poursuite_etudes',
  'nb_en_emploi_24_mois',
  'nb_en_emploi_18_mois',
  'nb_en_emploi_12_mois',
  'nb_en_emploi_6_mois',
  'nb_sortant',
  'taux_rupture_contrats',
  'taux_en_formation',
  'taux_en_emploi_24_mois',
  'taux_en_emploi_18_mois',
  'taux_en_emploi_12_mois',
  'taux_en_emploi_6_mois',
  'taux_autres_6_mois',
  'taux_autres_12_mois',
  'taux_autres_18_mois',
  'taux_autres_24_mois',
  'salaire_12_mois_q1',
  'salaire_12_mois_q2',
  'salaire_12_mois_q3',
];

/**
 * Requests shaped like the reference service's partners', replayed against the compatible
 * base URL: every documented field and value convention of its single lookups and errors.
 */
describe.each(testDbTargets())('the compatible single lookups on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  const get = (path: string) => getJson<Body>(app, `${BASE}${path}`);
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers a CFD as the reference did: its field names, code type, filière, level and texts', async () => {
    const { status, body } = await get(`/certifications/${S.cap}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      millesime: '2022_2023',
      code_certification: S.cap,
      code_certification_type: 'cfd',
      code_formation_diplome: S.cap,
      libelle: 'CAP CUISINE',
      filiere: 'apprentissage',
      diplome: { code: '3', libelle: 'CAP' },
      nb_annee_term: 120,
      nb_poursuite_etudes: 30,
      nb_en_emploi_6_mois: 54,
      nb_en_emploi_12_mois: 60,
      nb_en_emploi_18_mois: 63,
      nb_en_emploi_24_mois: 66,
      nb_sortant: 90,
      taux_en_formation: 25,
      taux_en_emploi_6_mois: 45,
      taux_autres_6_mois: 30,
      taux_en_emploi_24_mois: 55,
      taux_autres_24_mois: 20,
      salaire_12_mois_q1: 1450,
      salaire_12_mois_q2: 1620,
      salaire_12_mois_q3: 1800,
      formation_fermee: false,
      donnee_source: { code_certification: S.cap, type: 'self' },
      _meta: {
        titre: `Certification ${S.cap}`,
        details: `Données InserJeunes pour la certification ${S.cap} (CAP filière apprentissage) pour le millésime 2022_2023`,
      },
    });
    expect(body._meta).not.toHaveProperty('messages');
    // A figure we do not hold is absent, as it was in the reference, not null.
    expect(body).not.toHaveProperty('taux_rupture_contrats');
    expect(body).not.toHaveProperty('date_fermeture');
    expect(body).not.toHaveProperty('scope');
  });

  it('names a school-route year mef11 in filière pro, with its diploma’s CFD', async () => {
    const { body } = await get(`/certifications/MEFSTAT11:${S.bacProFinal}`);
    expect(body).toMatchObject({
      code_certification: S.bacProFinal,
      code_certification_type: 'mef11',
      code_formation_diplome: S.bacPro,
      filiere: 'pro',
      diplome: { code: '4', libelle: 'BAC PRO' },
      taux_en_formation: 50,
      taux_en_emploi_6_mois: 25,
      taux_autres_6_mois: 25,
    });
  });

  it('answers a SISE code in filière superieur with the InserSup wording', async () => {
    const { status, body } = await get(`/certifications/SISE:${S.sise}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      code_certification: S.sise,
      code_certification_type: 'sise',
      filiere: 'superieur',
      taux_en_emploi_6_mois: 50,
    });
    expect(String(body._meta?.details)).toMatch(/^Données InserSup pour la certification 2400074 /);
  });

  it('answers a region by code or postal code, with its name and InserJeunes code', async () => {
    for (const region of ['84', '69007']) {
      const { status, body } = await get(`/regionales/${region}/certifications/${S.cap}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        region: { code: '84', nom: 'Auvergne-Rhône-Alpes', code_region_academique: '01' },
        nb_annee_term: 40,
        taux_en_emploi_6_mois: 45,
      });
      expect(body._meta?.details).toBe(
        `Données InserJeunes pour la certification ${S.cap} (CAP filière apprentissage) pour le millésime 2022_2023 et la région Auvergne-Rhône-Alpes`,
      );
    }
  });

  it('answers a formation with its establishment, region, académie and the UAI of the data', async () => {
    const { status, body } = await get(`/formations/${S.lyon}-${S.capFinal}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      uai: S.lyon,
      libelle_etablissement: 'Lycée professionnel du Rhône',
      region: { code: '84', nom: 'Auvergne-Rhône-Alpes' },
      academie: { code: '10', nom: 'Lyon' },
      uai_donnee: S.lyon,
      filiere: 'pro',
      nb_annee_term: 25,
      taux_en_formation: 40,
      _meta: {
        titre: `Certification ${S.capFinal}, établissement ${S.lyon}`,
        details: `Données InserJeunes pour la certification ${S.capFinal} (CAP filière pro) dispensée par l'établissement ${S.lyon}, pour le millésime 2022_2023`,
      },
    });
  });

  it('gives the filières view as { pro, apprentissage } with rates from summed counts', async () => {
    for (const path of [
      `/certifications/${S.cap}?vue=filieres`,
      `/certifications/${S.capFinal}|${S.cap}`,
    ]) {
      const { status, body } = await get(path);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(['apprentissage', 'pro']);
      expect(body.pro).toMatchObject({
        filiere: 'pro',
        codes_certifications: [S.capFinal],
        codes_formation_diplome: [S.cap],
        code_formation_diplome: S.cap,
        nb_annee_term: 200,
        taux_en_formation: 45,
        taux_en_emploi_6_mois: 25,
        taux_autres_6_mois: 30,
      });
      expect(body.apprentissage).toMatchObject({
        filiere: 'apprentissage',
        codes_certifications: [S.cap],
        nb_annee_term: 120,
        taux_en_emploi_6_mois: 45,
      });
      expect(body).not.toHaveProperty('_meta');
    }
  });

  it('answers a first year with its final year’s record', async () => {
    const { status, body } = await get(`/certifications/${S.bacProFirstYear}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      code_certification: S.bacProFinal,
      filiere: 'pro',
      nb_annee_term: 300,
    });
  });

  it('answers a seconde commune with its famille and its specialities’ records, by label', async () => {
    const { status, body } = await get(`/certifications/${S.secondeCommune}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      code_certification: S.secondeCommune,
      code_certification_type: 'mef11',
      code_formation_diplome: S.secondeCommuneCfd,
      filiere: 'pro',
      familleMetier: { libelle: 'Métiers de la construction durable', isAnneeCommune: true },
    });
    expect(body).not.toHaveProperty('taux_en_emploi_6_mois');
    const terminales = body.certificationsTerminales as Body[];
    expect(terminales.map((t) => t.libelle)).toEqual([
      'BAC PRO COUVERTURE',
      'BAC PRO TRAVAUX PUBLICS',
    ]);
    expect(terminales[1]).toMatchObject({
      code_certification: S.travauxPublics,
      taux_en_emploi_6_mois: 40,
    });
    expect(terminales[0]).toMatchObject({ nb_annee_term: 10, taux_en_emploi_6_mois: null });
  });

  it('says which famille de métiers a speciality belongs to', async () => {
    const { body } = await get(`/certifications/${S.travauxPublics}`);
    expect(body.familleMetier).toEqual({
      libelle: 'Métiers de la construction durable',
      isAnneeCommune: false,
    });
    expect((await get(`/certifications/${S.cap}`)).body).not.toHaveProperty('familleMetier');
  });

  it('withholds every rate, count and salary below 20 students, with the reference’s message', async () => {
    const { body } = await get(`/certifications/${S.btsSmall}`);
    expect(body.nb_annee_term).toBe(15);
    for (const key of MASKED) expect(body[key], key).toBeNull();
    expect(body._meta?.messages).toEqual([THRESHOLD_MESSAGE]);
  });

  it('withholds what the source did not publish, and says so', async () => {
    const { status, body } = await get(`/certifications/${S.withheldBySource}`);
    expect(status).toBe(200);
    expect(body.taux_en_emploi_6_mois).toBeNull();
    expect(body._meta?.messages).toEqual([expect.stringContaining('pas publié')]);
  });

  it('says a closed diploma is closed, with its closing date', async () => {
    const { body } = await get(`/certifications/${S.closed}`);
    expect(body).toMatchObject({
      formation_fermee: true,
      date_fermeture: '2022-08-31T00:00:00.000Z',
    });
  });

  it('says when a renewed diploma is served its predecessor’s figures', async () => {
    const { body } = await get(`/certifications/${S.nouveau}`);
    expect(body).toMatchObject({
      code_certification: S.nouveau,
      donnee_source: { code_certification: S.ancien, type: 'ancienne' },
    });
  });

  it('serves the millésime asked for, or its other form (2023 ↔ 2022_2023)', async () => {
    expect((await get(`/certifications/${S.cap}?millesime=2021_2022`)).body.millesime).toBe(
      '2021_2022',
    );
    expect((await get(`/certifications/${S.cap}?millesime=2023`)).body.millesime).toBe('2022_2023');
  });
});
