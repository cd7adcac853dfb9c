import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

const BASE = '/compat/trajectoires-pro/api/inserjeunes';

/** The reference's errors, as its partners' code reads them: status, shape and message. */
describe.each(testDbTargets())('the compatible errors on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  const get = (path: string) => getJson<Record<string, unknown>>(app, `${BASE}${path}`);
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers a missing millésime with the reference’s error and the millésimes held, newest first', async () => {
    const { status, body } = await get(`/certifications/${S.cap}?millesime=2019_2020`);
    expect(status).toBe(404);
    expect(body).toMatchObject({
      statusCode: 404,
      error: 'Not Found',
      message: 'Pas de données pour le millésime',
      data: { millesime: '2019_2020', millesimesDisponible: ['2022_2023', '2021_2022'] },
    });
  });

  it.each([
    [`/certifications/99999999`, 'Certification inconnue'],
    [`/certifications/99999999|${S.cap}`, 'Certifications inconnues'],
    [`/regionales/84/certifications/99999999`, 'Formation inconnue'],
    [`/formations/${S.lyon}-99999999`, 'Formation inconnue'],
    [`/formations/${S.unknownUai}-${S.cap}`, 'Etablissement inconnu'],
    [`/formations/${S.lyon}-${S.bacPro}`, 'Formation inconnue'],
    [`/regionales/11/certifications/${S.tooNew}`, 'Pas de données disponibles'],
    [`/certifications/${S.neverPublished}`, 'Certification inconnue'],
  ])('answers %s with 404 « %s »', async (path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body).toMatchObject({ statusCode: 404, error: 'Not Found', message });
  });

  it.each([
    [
      '/certifications/1234',
      'codes_certifications',
      '"codes_certifications" must have the type CFD, MEFSTAT11 or SISE',
    ],
    [
      `/formations/${S.lyon}-12`,
      'code_certification',
      '"code_certification" must be a valid certification code.',
    ],
    [
      `/certifications/${S.cap}?millesime=2023-2024`,
      'millesime',
      '"millesime" must have format XXXX or XXXX-1_XXXX',
    ],
    [
      `/regionales/99/certifications/${S.cap}`,
      'region',
      '"region" must be a valid postal code or region code',
    ],
    [`/certifications/${S.cap}?filiere=pro`, 'filiere', '"filiere" is not allowed'],
    [`/certifications/${S.cap}?vue=voies`, 'vue', '"vue" must be one of [filieres]'],
    [`/certifications/${S.cap}.csv`, 'ext', '"ext" must be one of [svg]'],
  ])('refuses %s naming « %s »', async (path, key, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Erreur de validation',
      details: [{ message, path: [key], context: { key } }],
    });
  });
});
