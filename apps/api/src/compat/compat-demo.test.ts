import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicateur, IndicateursSecondeCommune } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { DEMO_DIR } from '@inserjeunes/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { importWithCli } from '../testing/import-with-cli.js';
import { testApp } from '../testing/test-app.js';
import { THRESHOLD_MESSAGE } from './reference-meta.js';

interface DemoCase {
  id: string;
  code: string;
  uai: string | null;
  region: string | null;
}

const cases = (JSON.parse(readFileSync(join(DEMO_DIR, 'cas.json'), 'utf8')) as { cas: DemoCase[] })
  .cas;
const FILIERES: Record<string, string> = { scolaire: 'pro' };
const CODE_TYPES: Record<string, string> = { CFD: 'cfd', MEFSTAT11: 'mef11', SISE: 'sise' };
/** The reference's figures that keep our name. */
const FIGURES = [
  'nb_annee_term',
  'nb_poursuite_etudes',
  'nb_sortant',
  'nb_en_emploi_6_mois',
  'nb_en_emploi_12_mois',
  'nb_en_emploi_18_mois',
  'nb_en_emploi_24_mois',
  'taux_en_formation',
  'taux_en_emploi_6_mois',
  'taux_en_emploi_12_mois',
  'taux_en_emploi_18_mois',
  'taux_en_emploi_24_mois',
  'taux_autres_6_mois',
  'taux_autres_12_mois',
  'taux_autres_18_mois',
  'taux_autres_24_mois',
  'salaire_12_mois_q1',
  'salaire_12_mois_q2',
  'salaire_12_mois_q3',
] as const;

/** Every convention of a compatible record, checked against our own record of the same request. */
function expectSameRecord(ours: Indicateur, compat: Record<string, unknown>): void {
  expect(compat).toMatchObject({
    millesime: ours.millesime,
    filiere: FILIERES[ours.filiere] ?? ours.filiere,
    code_certification: ours.code_certification,
    formation_fermee: ours.formation_fermee,
    donnee_source: { code_certification: ours.donnee_source.code, type: ours.donnee_source.type },
  });
  if (ours.code_certification_type !== null) {
    expect(compat.code_certification_type).toBe(CODE_TYPES[ours.code_certification_type]);
  }
  for (const key of FIGURES) {
    if (ours.masquage !== null && key !== 'nb_annee_term') expect(compat[key], key).toBeNull();
    else if (ours[key] === null) expect(compat, key).not.toHaveProperty(key);
    else expect(compat[key], key).toBe(ours[key]);
  }
  const messages = (compat._meta as { messages?: string[] } | undefined)?.messages;
  if (ours.masquage?.raison === 'effectif_insuffisant')
    expect(messages).toEqual([THRESHOLD_MESSAGE]);
  if (ours.masquage === null) expect(messages).toBeUndefined();
}

/**
 * The demo dataset, loaded by the importer's own command: every widget case asked through
 * the compatible base URL answers what our own routes answer, in the reference's shape.
 */
describe.each(testDbTargets())('the compatible base URL on the demo dataset on $name', (target) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    const files = readdirSync(DEMO_DIR).filter((name) => name.endsWith('.csv'));
    db = await importWithCli(
      target,
      files.map((name) => `${DEMO_DIR}/${name}`),
    );
    app = testApp(db);
    // The first request would otherwise pay for loading the data into memory.
    await app.ready();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, demo) => {
    const paths = [`certifications/${demo.code}`];
    if (demo.region !== null) paths.push(`regionales/${demo.region}/certifications/${demo.code}`);
    if (demo.uai !== null) paths.push(`formations/${demo.uai}-${demo.code}`);
    for (const path of paths) {
      const ours = await app.request(`/api/inserjeunes/${path}`);
      const compat = await app.request(`/compat/trajectoires-pro/api/inserjeunes/${path}`);
      expect(compat.status, path).toBe(ours.status);
      const body = (await compat.json()) as Record<string, unknown>;
      if (ours.status !== 200) {
        expect(body).toMatchObject({ statusCode: ours.status, message: expect.any(String) });
        continue;
      }
      const record = (await ours.json()) as Indicateur | IndicateursSecondeCommune;
      if ('seconde_commune' in record) {
        expect(body.certificationsTerminales, path).toHaveLength(record.specialites.length);
        expect(body.familleMetier).toMatchObject({ isAnneeCommune: true });
      } else {
        expectSameRecord(record, body);
      }
    }
  });
});
