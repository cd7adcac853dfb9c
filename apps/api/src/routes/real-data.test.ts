import { existsSync, readFileSync } from 'node:fs';
import type { Couverture, Indicateur } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { sharedDataDir, testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { parseCsv } from '../couverture/parse-csv.js';
import { importWithCli } from '../testing/import-with-cli.js';
import { testApp } from '../testing/test-app.js';

const DATA = sharedDataDir();
const REGIONAL = `${DATA}inserjeunes/regional/ij_region_data.csv`;
const CATALOGUE = `${DATA}catalogues/attractivite_capacite_2022.csv`;
const present = existsSync(REGIONAL) && existsSync(CATALOGUE);
if (!present) console.warn(`skipped: real-data API checks, ${REGIONAL} or ${CATALOGUE} is absent`);

/** round(100 × n / d), ties to even, written out again here so the check does not reuse the code it checks. */
function share(n: number, d: number): number {
  const exact = (100 * n) / d;
  const floor = Math.floor(exact);
  const rest = 100 * n - floor * d;
  if (2 * rest > d) return floor + 1;
  if (2 * rest < d) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

interface FileRow {
  millesime: string;
  region: string;
  voie: string;
  code: string;
  term: number;
  poursuite: number | null;
  emploi6: number | null;
  emploi12: number | null;
}

function readRegional(): FileRow[] {
  if (!present) return [];
  const table = parseCsv(readFileSync(REGIONAL, 'utf8'));
  const at = (name: string) => table.header.indexOf(name);
  const num = (cells: string[], name: string) => {
    const value = cells[at(name)] ?? '';
    return value === '' ? null : Number(value);
  };
  const rows: FileRow[] = [];
  for (const { cells } of table.rows) {
    const term = num(cells, 'nb_annee_term');
    if (term === null) continue;
    const poursuite = num(cells, 'nb_poursuite_etudes');
    // Nobody left: the employment counts are zero, not unknown.
    const nobodyLeft = num(cells, 'nb_sortant') === null && poursuite === term;
    const voie = cells[at('voie')] ?? '';
    rows.push({
      millesime: cells[at('millesime')] ?? '',
      region: cells[at('code_region')] ?? '',
      voie,
      code: (voie === 'scolaire' ? cells[at('mefstat11')] : cells[at('cfd')]) ?? '',
      term,
      poursuite,
      emploi6: num(cells, 'nb_en_emploi_6_mois') ?? (nobodyLeft ? 0 : null),
      emploi12: num(cells, 'nb_en_emploi_12_mois') ?? (nobodyLeft ? 0 : null),
    });
  }
  return rows;
}

/** Every `step`-th element, so the sample spans the whole file and is the same on every run. */
const sample = <T>(items: readonly T[], count: number) =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / count)) === 0);

function expectFigures(
  record: Indicateur,
  term: number,
  poursuite: number | null,
  emploi6: number | null,
  where: string,
) {
  expect(record.nb_annee_term, where).toBe(term);
  if (term < 20) {
    expect(record.masquage?.raison, where).toBe('effectif_insuffisant');
    expect(record.taux_en_emploi_6_mois, where).toBeNull();
    return;
  }
  expect(record.masquage, where).toBeNull();
  if (poursuite !== null) expect(record.taux_en_formation, where).toBe(share(poursuite, term));
  if (emploi6 !== null) expect(record.taux_en_emploi_6_mois, where).toBe(share(emploi6, term));
  if (poursuite !== null && emploi6 !== null) {
    expect(record.taux_autres_6_mois, where).toBe(
      Math.max(0, 100 - share(emploi6, term) - share(poursuite, term)),
    );
  }
}

describe.runIf(present).each(testDbTargets())(
  'the official files through the API on $name',
  (target) => {
    const rows = readRegional();
    let db: DbHandle;
    let app: App;
    beforeAll(async () => {
      db = await importWithCli(target, [`${DATA}referentiels`, `${DATA}bcn`, REGIONAL]);
      app = testApp(db);
    }, 3_600_000);
    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    it('gives regional figures equal to those computed by hand from the file’s counts', async () => {
      const checked = sample(rows, 300);
      for (const row of checked) {
        const path = `/api/inserjeunes/regionales/${row.region}/certifications/${row.code}?millesime=${row.millesime}&filiere=${row.voie}`;
        const response = await app.request(path);
        expect(response.status, path).toBe(200);
        expectFigures(
          (await response.json()) as Indicateur,
          row.term,
          row.poursuite,
          row.emploi6,
          path,
        );
      }
      expect(checked.length).toBeGreaterThan(250);
    }, 600_000);

    it('gives national figures equal to the sums of the regional counts, computed by hand', async () => {
      const groups = new Map<string, FileRow[]>();
      for (const row of rows) {
        const key = `${row.millesime}|${row.voie}|${row.code}`;
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      const checked = sample([...groups.entries()], 200);
      for (const [key, members] of checked) {
        const [millesime, voie, code] = key.split('|');
        // Only regions where every count a headline rate needs is published take part.
        const used = members.filter((row) => row.poursuite !== null && row.emploi6 !== null);
        const path = `/api/inserjeunes/certifications/${code}?millesime=${millesime}&filiere=${voie}`;
        const response = await app.request(path);
        if (used.length === 0) {
          // No region published the counts a rate needs: nothing to show nationally either.
          if (response.status === 200) {
            const record = (await response.json()) as Indicateur;
            expect(record.masquage, path).not.toBeNull();
            expect(record.taux_en_emploi_6_mois, path).toBeNull();
          } else {
            expect(response.status, path).toBe(404);
          }
          continue;
        }
        expect(response.status, path).toBe(200);
        const record = (await response.json()) as Indicateur;
        const sum = (pick: (row: FileRow) => number | null) =>
          used.reduce((total, row) => total + (pick(row) ?? 0), 0);
        expect(record.agregat_regional, path).toBe(true);
        expectFigures(
          record,
          sum((r) => r.term),
          sum((r) => r.poursuite),
          sum((r) => r.emploi6),
          path,
        );
      }
    }, 600_000);

    it('measures the coverage of a real partner catalogue, with totals that add up to its rows', async () => {
      const bytes = readFileSync(CATALOGUE);
      const dataLines = parseCsv(bytes.toString('utf8')).rows.length;
      const response = await app.request('/api/inserjeunes/couverture', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: bytes,
      });
      expect(response.status).toBe(200);
      const { totaux, lignes, colonnes } = (await response.json()) as Couverture;
      console.log(`coverage of ${CATALOGUE} on ${target.name}:`, JSON.stringify(totaux));
      expect(colonnes).toMatchObject({ code: 'MEF STAT 11', uai: "Etablissement d'accueil" });
      expect(totaux.lignes).toBe(dataLines);
      expect(lignes).toHaveLength(dataLines);
      expect(totaux.couvert + totaux.sous_seuil + totaux.non_couvert + totaux.invalide).toBe(
        dataLines,
      );
      expect(
        totaux.par_scope.formation + totaux.par_scope.regional + totaux.par_scope.national,
      ).toBe(totaux.couvert);
      const percents = Object.values(totaux.pourcentages).reduce((a, b) => a + b, 0);
      expect(Math.abs(percents - 100)).toBeLessThan(0.3);
      expect(totaux.couvert).toBeGreaterThan(0);
    }, 600_000);
  },
);
