import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Affichage,
  Indicateur,
  IndicateursEtablissement,
  Resolution,
} from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { sharedDataDir, testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { importWithCli } from '../testing/import-with-cli.js';
import { getJson, testApp } from '../testing/test-app.js';

const DATA = sharedDataDir();
const INSERSUP = `${DATA}insersup/fr-esr-insersup-2026_S1-extrait.csv`;
const SISE = `${DATA}bcn-api-json/n_sise.csv`;
/** The records API's files of two publications, which both describe promotion 2021. */
const RECORDS = ['2024_S2', '2023_S2'].map(
  (date) => `${DATA}insersup/fr-esr-insersup-records-${date}.json`,
);
const present = [INSERSUP, SISE, ...RECORDS].every((path) => existsSync(path));
if (!present) console.warn(`skipped: InserSup through the API, ${INSERSUP} or ${SISE} is absent`);

/**
 * Built BCN files (no real BCN row names the extract's diplomas): the BCN knows 2400235 and
 * the BUT type under its own words, nothing of the other diplomas of the extract.
 */
function builtBcnFiles(dir: string): string[] {
  const header = (readFileSync(SISE, 'utf8').split('\n')[0] ?? '').trim().split('|');
  const row = header.map((column) =>
    column === 'DIPLOME_SISE'
      ? '2400235'
      : column === 'TYPE_DIPLOME_SISE'
        ? 'DR'
        : column === 'LIBELLE_INTITULE_1'
          ? 'BUT INFORMATIQUE'
          : '',
  );
  const diplomes = join(dir, 'n_sise-construit.csv');
  writeFileSync(diplomes, `${header.join('|')}\n${row.join('|')}\n`);
  const types = join(dir, 'n_type_diplome_sise-construit.csv');
  writeFileSync(
    types,
    'TYPE_DIPLOME_SISE|LIBELLE_COURT|LIBELLE_LONG\nDR|BUT|BACHELOR UNIV TECHNO\n',
  );
  return [types, diplomes];
}

describe.runIf(present).each(testDbTargets())('InserSup through the API on $name', (target) => {
  let db: DbHandle;
  let app: App;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ij-insersup-'));
    db = await importWithCli(target, [...builtBcnFiles(dir), INSERSUP, ...RECORDS]);
    app = testApp(db);
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names a SISE diploma known only from InserSup, with its type, on every route', async () => {
    const resolved = await getJson<Resolution>(app, '/api/inserjeunes/resolve/2300193');
    expect(resolved.body).toMatchObject({
      libelle: 'STAPS : EDUCATION ET MOTRICITE',
      diplome: { code: 'XA', libelle: 'Licence générale' },
    });
    const formation = await getJson<Indicateur>(
      app,
      '/api/inserjeunes/formations/0383546Y-2300193',
    );
    expect(formation.status).toBe(200);
    expect(formation.body).toMatchObject({
      libelle: 'STAPS : EDUCATION ET MOTRICITE',
      diplome: { code: 'XA', libelle: 'Licence générale' },
    });
    const affichage = await getJson<Affichage>(
      app,
      '/api/inserjeunes/affichage/2300193?uai=0383546Y',
    );
    expect(affichage.status).toBe(200);
    expect(affichage.body.libelle).toBe('STAPS : EDUCATION ET MOTRICITE');
    expect(affichage.body.libelle_lisible).toMatch(/^Licence/);
    const engineering = await getJson<Resolution>(app, '/api/inserjeunes/resolve/6001256');
    expect(engineering.body.diplome).toEqual({ code: 'FI', libelle: "Diplôme d'ingénieurs" });
  });

  it('keeps the BCN’s own label and type where it has them', async () => {
    const resolved = await getJson<Resolution>(app, '/api/inserjeunes/resolve/2400235');
    expect(resolved.body).toMatchObject({
      libelle: 'BUT INFORMATIQUE',
      diplome: { code: 'DR', libelle: 'BUT' },
    });
  });

  it('serves an establishment’s `all` line as its higher-education record', async () => {
    const { status, body } = await getJson<IndicateursEtablissement>(
      app,
      '/api/inserjeunes/etablissements/0383546Y?filiere=superieur',
    );
    expect(status).toBe(200);
    expect(body.indicateurs).toHaveLength(1);
    // The extract's line `0383546Y;all;2024`: 717 leavers, 2,855 still studying.
    expect(body.indicateurs[0]).toMatchObject({
      scope: 'etablissement',
      filiere: 'superieur',
      millesime: '2024',
      nb_sortant: 717,
      nb_poursuite_etudes: 2855,
      nb_en_emploi_12_mois: 410,
      taux_emploi_sortants_12_mois: 57,
    });
  });

  it('serves a promotion from the latest records publication, rates over leavers as published', async () => {
    const latest = await getJson<Indicateur>(
      app,
      '/api/inserjeunes/formations/0062205P-2500249?millesime=2021',
    );
    expect(latest.status).toBe(200);
    // 2024_S2: 130 leavers, 86.15 % in salaried work in France at 12 months (2023_S2: 120, 92.5).
    expect(latest.body).toMatchObject({
      nb_sortant: 130,
      taux_emploi_sortants_12_mois: 86,
      diplome: { code: 'XD', libelle: 'Master MEEF' },
    });
    const older = await getJson<Indicateur>(
      app,
      '/api/inserjeunes/formations/0062205P-2500249?millesime=2020',
    );
    expect(older.body).toMatchObject({ nb_sortant: 117, taux_emploi_sortants_12_mois: 72 });
  });
});
