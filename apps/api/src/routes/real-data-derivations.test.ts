import { existsSync } from 'node:fs';
import type { Affichage, Indicateur, Millesimes } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { sharedDataDir, testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { importWithCli } from '../testing/import-with-cli.js';
import { getJson, testApp } from '../testing/test-app.js';

const DATA = sharedDataDir();
const FILES = [
  `${DATA}referentiels`,
  `${DATA}bcn`,
  `${DATA}inserjeunes/regional/ij_region_data.csv`,
  `${DATA}inserjeunes/samples`,
  `${DATA}inserjeunes/etablissements`,
];
const present = FILES.every((path) => existsSync(path));
if (!present) console.warn(`skipped: derivations on the official files, one of ${FILES} is absent`);

/** The figures the official files lead to, on the codes a review of them found served wrong. */
describe.runIf(present).each(testDbTargets())(
  'derivations on the official files on $name',
  (target) => {
    let db: DbHandle;
    let app: App;
    beforeAll(async () => {
      db = await importWithCli(target, FILES);
      app = testApp(db);
      // The first request loads the figures into memory: done here, with the import's time.
      await app.request('/api/inserjeunes/millesimes');
    }, 600_000);
    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    it('carries a renewed bac pro’s figures between the final years of the same length', async () => {
      // 40031202 (Commerce) has 1-, 2- and 3-year final years; its successor 40031213 has one.
      const { status, body } = await getJson<Indicateur>(
        app,
        '/api/inserjeunes/certifications/23830031213?millesime=2020_2021&filiere=scolaire',
      );
      expect(status).toBe(200);
      expect(body.donnee_source).toEqual({ code: '23830031202', type: 'ancienne' });
      expect(body.millesime).toBe('2020_2021');
      expect(body.nb_annee_term).toBeGreaterThan(0);
    });

    it('carries a renewed diploma’s figures in a region where the new code has none', async () => {
      // 50025439 has 2021_2022 rows in regions 11, 44, 52 and 93, none in 84.
      const { status, body } = await getJson<Indicateur>(
        app,
        '/api/inserjeunes/regionales/84/certifications/50025439?millesime=2021_2022',
      );
      expect(status).toBe(200);
      expect(body.donnee_source).toEqual({ code: '50025431', type: 'ancienne' });
      // The file's row 2021_2022_01_apprentissage_50025431.
      expect(body).toMatchObject({ nb_annee_term: 269, nb_poursuite_etudes: 129 });
      expect(body.nb_en_emploi_6_mois).toBe(93);
      const own = await getJson<Indicateur>(
        app,
        '/api/inserjeunes/regionales/11/certifications/50025439?millesime=2021_2022',
      );
      expect(own.body.donnee_source).toEqual({ code: '50025439', type: 'self' });
      expect(own.body.nb_annee_term).toBe(2);
    });

    it('answers for a common first year of a BTS with its options’ figures', async () => {
      const { status, body } = await getJson<Affichage>(
        app,
        '/api/inserjeunes/affichage/32211032612',
      );
      expect(status).toBe(200);
      expect(body.seconde_commune?.specialites.map((s) => s.code)).toEqual([
        '32221032613',
        '32221032614',
      ]);
      expect(body.absence).toBeNull();
      expect(body.scope).toBe('national');
      expect(body.filieres.length).toBeGreaterThan(0);
    });

    it('never names a final year N_MEF does not list', async () => {
      const { body } = await getJson(app, '/api/inserjeunes/certifications/23811033001');
      expect(JSON.stringify(body)).not.toContain('23831033001');
      const resolved = await getJson(app, '/api/inserjeunes/resolve/23811033001');
      expect(JSON.stringify(resolved.body)).not.toContain('23831033001');
    });

    it('says in which region and académie a formation’s figures are', async () => {
      const { status, body } = await getJson<Indicateur>(
        app,
        '/api/inserjeunes/formations/0010001W-23830023303',
      );
      expect(status).toBe(200);
      expect(body.scope).toBe('formation');
      expect(body.region).toEqual({ code: '84', libelle: 'Auvergne-Rhône-Alpes' });
      expect(body.academie).toEqual({ code: '10', libelle: 'Lyon' });
    });

    it('serves by default, and calls `dernier`, the newest millésime with the codes’ own figures', async () => {
      const { body } = await getJson<Millesimes>(app, '/api/inserjeunes/millesimes');
      const dernier = (scope: string, filiere: string) =>
        body.disponibles.find((d) => d.scope === scope && d.filiere === filiere)?.dernier;
      expect(dernier('regional', 'scolaire')).toBe('2022_2023');
      expect(dernier('formation', 'scolaire')).toBe('2023');
      const served = await getJson<Indicateur>(
        app,
        '/api/inserjeunes/formations/0010001W-23830022702',
      );
      expect(served.body).toMatchObject({ millesime: '2023', donnee_source: { type: 'nouvelle' } });
    });

    it('says a training is not taught only where the establishment’s figures per formation show it', async () => {
      // 0010001W publishes school-route figures per formation, 23830023303 among them: its
      // diploma's apprenticeship figures are simply not published here.
      const cfd = await getJson<{ error: { details: { raison: string } } }>(
        app,
        '/api/inserjeunes/formations/0010001W-40023303',
      );
      expect(cfd.status).toBe(404);
      expect(cfd.body.error.details.raison).toBe('non_publie');
      // 0010006B has only figures over all its trainings: they say nothing of one formation.
      const overall = await getJson<Affichage>(
        app,
        '/api/inserjeunes/affichage/50025416?uai=0010006B',
      );
      expect(overall.status).toBe(200);
      expect(overall.body.absence?.raison ?? null).not.toBe('non_enseigne');
      // A school-route formation 0010001W does not publish, while it publishes others: not taught.
      const absent = await getJson<{ error: { details: { raison: string } } }>(
        app,
        '/api/inserjeunes/formations/0010001W-23830025406',
      );
      expect(absent.body.error.details.raison).toBe('non_enseigne');
    });

    it('knows a SISE code whose salaries were imported, on every route', async () => {
      for (const path of [
        '/api/inserjeunes/resolve/2300030',
        '/api/inserjeunes/certifications/2300030',
        '/api/inserjeunes/regionales/84/certifications/2300030',
        '/api/inserjeunes/formations/0010001W-2300030',
        '/api/inserjeunes/affichage/2300030',
      ]) {
        const { body } = await getJson<{ error?: { code: string } }>(app, path);
        expect(body.error?.code ?? null, path).not.toBe('code_inconnu');
      }
    });
  },
);
