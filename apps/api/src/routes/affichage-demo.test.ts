import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Affichage } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { DEMO_DIR, demoDataFiles } from '@inserjeunes/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { expectShape } from '../testing/expect-shape.js';
import { importWithCli } from '../testing/import-with-cli.js';
import { testApp } from '../testing/test-app.js';

interface DemoCase {
  id: string;
  code: string;
  uai: string | null;
  region: string | null;
  attendu: {
    scope: Affichage['scope'];
    repli: Affichage['repli'];
    millesime: string | null;
    filieres: { filiere: string; masquage: string | null }[];
    formation_fermee: boolean;
    donnee_source: { code: string; type: string } | null;
    agregat_regional: boolean;
    resolution: { raison: string; codes: string[] } | null;
    absence: string | null;
    erreur: string | null;
  };
  chiffres: Record<string, number | string | null>[];
}

const cases = (JSON.parse(readFileSync(join(DEMO_DIR, 'cas.json'), 'utf8')) as { cas: DemoCase[] })
  .cas;

/**
 * The demo dataset says, case by case, what the widget's route must answer once the
 * importer has loaded it. Loaded by the importer's own command, it checks the fallback on
 * data the API's tests did not write.
 */
describe.each(testDbTargets())('the demo dataset’s widget cases on $name', (target) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await importWithCli(target, demoDataFiles());
    app = testApp(db);
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_, demo) => {
    const query = new URLSearchParams();
    if (demo.uai) query.set('uai', demo.uai);
    else if (demo.region) query.set('region', demo.region);
    const response = await app.request(`/api/inserjeunes/affichage/${demo.code}?${query}`);
    const expected = demo.attendu;
    if (expected.erreur !== null) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: expected.erreur } });
      return;
    }
    expect(response.status).toBe(200);
    const body = (await response.json()) as Affichage;
    expectShape(Affichage, body);
    expect({
      scope: body.scope,
      repli: body.repli,
      millesime: body.millesime,
      filieres: body.filieres.map((f) => ({
        filiere: f.filiere,
        masquage: f.masquage?.raison ?? null,
      })),
      formation_fermee: body.formation_fermee,
      absence: body.absence?.raison ?? null,
      region: body.region?.code ?? null,
    }).toEqual({
      scope: expected.scope,
      repli: expected.repli,
      millesime: expected.millesime,
      filieres: expected.filieres.map((f) => ({ filiere: f.filiere, masquage: f.masquage })),
      formation_fermee: expected.formation_fermee,
      absence: expected.absence,
      region: demo.region,
    });
    if (expected.donnee_source !== null) {
      expect(body.filieres.map((f) => f.donnee_source.type)).toContain(expected.donnee_source.type);
    }
    expect(body.filieres.some((f) => f.agregat_regional)).toBe(expected.agregat_regional);
    if (expected.resolution?.raison === 'seconde_commune') {
      expect(body.seconde_commune?.specialites.map((s) => s.code).sort()).toEqual(
        [...expected.resolution.codes].sort(),
      );
    } else if (expected.resolution?.raison === 'annee_non_terminale') {
      expect(body.filieres.map((f) => f.resolution?.code_demande)).toEqual(
        body.filieres.map(() => demo.code),
      );
      const scolaire = body.filieres.find((f) => f.filiere === 'scolaire');
      expect(scolaire?.code_certification).toBe(expected.resolution.codes[0]);
    }
    for (const figures of demo.chiffres) {
      const block = body.filieres.find((f) => f.filiere === figures.filiere) as
        | Record<string, unknown>
        | undefined;
      for (const [key, value] of Object.entries(figures)) {
        if (key !== 'filiere' && value !== null) expect(block?.[key], key).toBe(value);
      }
    }
  });

  it('situates the demo figures among similar trainings, so the gallery shows bands and sentences', async () => {
    const positions = new Set<string>();
    for (const demo of cases.filter((c) => c.attendu.erreur === null)) {
      const query = new URLSearchParams();
      if (demo.uai) query.set('uai', demo.uai);
      else if (demo.region) query.set('region', demo.region);
      const response = await app.request(`/api/inserjeunes/affichage/${demo.code}?${query}`);
      const body = (await response.json()) as Affichage;
      expect(body.contexte, demo.id).toHaveLength(body.filieres.length);
      for (const contexte of body.contexte ?? []) {
        for (const entry of contexte.comparaison) positions.add(entry.position);
      }
    }
    console.log('positions on the demo data:', [...positions].sort().join(', '));
    expect(positions.has('moitie_centrale')).toBe(true);
  });
});
