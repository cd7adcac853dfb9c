import {
  ApiError,
  Couverture,
  IndicateursEtablissement,
  ListeCertifications,
  ListeFormations,
  ListeRegionales,
  Millesimes,
  Resolution,
  Stats,
} from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type { App } from '../app.js';
import { expectShape } from '../testing/expect-shape.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';
import { CompatibleResponse } from './figures-schemas.js';

/** Answers of every kind, each with the contract schema it must match. */
const ANSWERS: [string, z.ZodMiniType][] = [
  [`/api/inserjeunes/certifications/${S.cap}`, CompatibleResponse],
  [`/api/inserjeunes/certifications/${S.btsSmall}`, CompatibleResponse],
  [`/api/inserjeunes/certifications/${S.cap}?vue=filieres`, CompatibleResponse],
  [`/api/inserjeunes/certifications/${S.travauxPublics},${S.couverture}`, CompatibleResponse],
  [`/api/inserjeunes/certifications/${S.secondeCommune}`, CompatibleResponse],
  [`/api/inserjeunes/certifications/${S.sise}`, CompatibleResponse],
  [`/api/inserjeunes/certifications/${S.withheldBySource}`, CompatibleResponse],
  [`/api/inserjeunes/regionales/84/certifications/${S.cap}`, CompatibleResponse],
  [`/api/inserjeunes/formations/${S.lyon}-${S.capFinal}`, CompatibleResponse],
  ['/api/inserjeunes/certifications', ListeCertifications],
  ['/api/inserjeunes/regionales', ListeRegionales],
  ['/api/inserjeunes/formations', ListeFormations],
  [`/api/inserjeunes/etablissements/${S.paris}`, IndicateursEtablissement],
  [`/api/inserjeunes/resolve/${S.cap}`, Resolution],
  [`/api/inserjeunes/resolve/${S.secondeCommune}`, Resolution],
  ['/api/inserjeunes/millesimes', Millesimes],
  ['/api/inserjeunes/stats', Stats],
  ['/api/inserjeunes/certifications/99999999', ApiError],
  ['/api/inserjeunes/certifications/x', ApiError],
];

describe.each(testDbTargets())('answers match the contract’s schemas on $name', ({ open }) => {
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

  it.each(ANSWERS)('%s', async (path, schema) => {
    const response = await app.request(path);
    expectShape(schema, await response.json());
  });

  it('POST /api/inserjeunes/couverture', async () => {
    const response = await app.request('/api/inserjeunes/couverture', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: `uai;code\n${S.lyon};${S.cap}\n;ABC\n;${S.tooNew}`,
    });
    expect(response.status).toBe(200);
    expectShape(Couverture, await response.json());
  });
});
