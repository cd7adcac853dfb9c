import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMillesime, parseUai } from '@inserjeunes/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_DIR } from './demo-dir.js';
import { readDemoFile, readDemoIndicateurs } from './demo-files.js';
import { generateDemo } from './generate-demo.js';
import { COLONNES_INDICATEURS } from './indicateurs-file.js';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function runCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ij-demo-'));
  scratch.push(dir);
  execFileSync(process.execPath, ['--import', 'tsx', CLI, '--out', dir], { stdio: 'pipe' });
  return dir;
}

function filesOf(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

describe('demo generation', () => {
  it('writes the same bytes on every run, in separate processes', () => {
    const first = filesOf(runCli());
    const second = filesOf(runCli());
    expect(Object.keys(first).sort()).toEqual(generateDemo().map((file) => file.name));
    expect(second).toEqual(first);
  }, 60_000);

  it('matches the committed demo byte for byte (regenerate with pnpm data:demo, never edit it)', () => {
    const committed = filesOf(DEMO_DIR);
    const fresh = Object.fromEntries(generateDemo().map((file) => [file.name, file.contents]));
    expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort());
    for (const [name, contents] of Object.entries(fresh)) {
      expect(committed[name]?.equals(contents), `${name} differs from a fresh generation`).toBe(
        true,
      );
    }
  });

  it('refuses unknown arguments with a French message', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', CLI, '--bogus'], { stdio: 'pipe' }),
    ).toThrow(/Argument inconnu : --bogus/);
  }, 30_000);
});

describe('the demo figures file', () => {
  const rows = readDemoIndicateurs();
  const num = (value: string | undefined) =>
    value === undefined || value === '' ? null : Number(value);

  it('has every documented column, and marks every figure as fictitious', () => {
    const header = readFileSync(join(DEMO_DIR, 'indicateurs.csv'), 'utf8').split('\n')[0];
    expect(header?.split(';')).toEqual([...COLONNES_INDICATEURS]);
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.every((row) => row.fictif === 'oui')).toBe(true);
  });

  it('holds counts that add up: leavers, employment, stable employment, salary quartiles', () => {
    for (const row of rows) {
      const term = num(row.nb_annee_term);
      const poursuite = num(row.nb_poursuite_etudes);
      const sortant = num(row.nb_sortant);
      expect(term).not.toBeNull();
      if (poursuite !== null) expect(sortant).toBe((term ?? 0) - poursuite);
      for (const h of [6, 12, 18, 24, 30]) {
        const emploi = num(row[`nb_en_emploi_${h}_mois`]);
        const stable = num(row[`nb_en_emploi_stable_${h}_mois`]);
        if (emploi !== null) expect(emploi).toBeLessThanOrEqual(sortant ?? -1);
        if (stable !== null) expect(stable).toBeLessThanOrEqual(emploi ?? -1);
      }
      const q1 = num(row.salaire_12_mois_q1);
      const q2 = num(row.salaire_12_mois_q2);
      const q3 = num(row.salaire_12_mois_q3);
      if (q2 !== null) {
        expect(row.perimetre).toBe('national');
        expect(q1).toBeLessThan(q2);
        expect(q2).toBeLessThan(q3 ?? 0);
        expect(q2).toBeGreaterThan(1100);
        expect(q2).toBeLessThan(2600);
      }
    }
  });

  it('keeps every establishment within its region and every region within the nation', () => {
    const total = (filter: (row: Record<string, string>) => boolean) =>
      rows.filter(filter).reduce((sum, row) => sum + (num(row.nb_annee_term) ?? 0), 0);
    for (const row of rows.filter((r) => r.perimetre === 'regional')) {
      const same = (r: Record<string, string>) =>
        r.code_certification === row.code_certification &&
        r.filiere === row.filiere &&
        r.millesime === row.millesime;
      const inRegion = total(
        (r) => same(r) && r.perimetre === 'formation' && r.code_region === row.code_region,
      );
      expect(inRegion).toBeLessThanOrEqual(num(row.nb_annee_term) ?? 0);
      const national = rows.find((r) => same(r) && r.perimetre === 'national');
      if (national !== undefined) {
        expect(total((r) => same(r) && r.perimetre === 'regional')).toBeLessThanOrEqual(
          num(national.nb_annee_term) ?? 0,
        );
      }
    }
  });

  it('names only codes, establishments and regions its referentials define', () => {
    const cfds = new Set(
      readDemoFile('n_formation_diplome.csv', 'latin1').map((r) => r.FORMATION_DIPLOME),
    );
    const mefs = readDemoFile('n_mef.csv');
    const finals = new Set(
      mefs.filter((m) => m.ANNEE_DISPOSITIF === m.DUREE_DISPOSITIF).map((m) => m.MEF_STAT_11),
    );
    const sise = new Set(
      readDemoFile('n_diplome_sise.csv', 'utf8', '|').map((r) => r.DIPLOME_SISE),
    );
    const acce = readDemoFile('acce_etablissements.csv', 'latin1');
    const territoires = readDemoFile('departements_academies_regions.csv');
    const regionOfDepartement = new Map(territoires.map((t) => [t.codeDepartement, t.codeRegion]));
    const regionOfUai = new Map(
      acce.map((e) => [e.numero_uai, regionOfDepartement.get(e.departement_insee_3 ?? '')]),
    );
    for (const row of rows) {
      const code = row.code_certification ?? '';
      if (row.filiere === 'scolaire') expect(finals.has(code), code).toBe(true);
      if (row.filiere === 'apprentissage') expect(cfds.has(code), code).toBe(true);
      if (row.filiere === 'superieur') expect(sise.has(code), code).toBe(true);
      expect(parseMillesime(row.millesime ?? '').ok).toBe(true);
      if (row.perimetre === 'regional') {
        expect([...regionOfDepartement.values()]).toContain(row.code_region);
      }
      if (row.perimetre === 'formation') {
        expect(parseUai(row.uai ?? '').ok, row.uai).toBe(true);
        expect(regionOfUai.get(row.uai ?? ''), row.uai).toBe(row.code_region);
      } else {
        expect(row.uai).toBe('');
      }
    }
  });
});

describe('the demo referentials', () => {
  it('writes the BCN diplomas in Latin-1 and the establishments with their accents', () => {
    const acce = readFileSync(join(DEMO_DIR, 'acce_etablissements.csv'));
    expect(acce.includes(Buffer.from('métiers', 'latin1'))).toBe(true);
    expect(acce.includes(Buffer.from('métiers', 'utf8'))).toBe(false);
    const names = readDemoFile('acce_etablissements.csv', 'latin1').map(
      (e) => e.appellation_officielle,
    );
    expect(names.every((name) => /fictif|fictive/.test(name ?? ''))).toBe(true);
  });

  it('keeps every establishment code valid and every continuum link of the BCN rows', () => {
    for (const e of readDemoFile('acce_etablissements.csv', 'latin1')) {
      expect(parseUai(e.numero_uai ?? '').ok).toBe(true);
    }
    const carrosserie = readDemoFile('n_formation_diplome.csv', 'latin1').find(
      (d) => d.FORMATION_DIPLOME === '40025412',
    );
    expect(carrosserie?.ANCIEN_DIPLOME_1).toBe('40025408');
    expect(carrosserie?.ANCIEN_DIPLOME_2).toBe('');
  });
});
