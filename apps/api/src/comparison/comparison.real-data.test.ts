import { existsSync, readFileSync } from 'node:fs';
import type { Affichage, ComparaisonFigure, Distributions } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { sharedDataDir, testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { parseCsv } from '../couverture/parse-csv.js';
import { importWithCli } from '../testing/import-with-cli.js';
import { testApp } from '../testing/test-app.js';

const DATA = sharedDataDir();
const REGIONAL = `${DATA}inserjeunes/regional/ij_region_data.csv`;
const BCN = `${DATA}bcn`;
const present = existsSync(REGIONAL) && existsSync(`${BCN}/nMef.csv`);
if (!present)
  console.warn(`skipped: comparison checks on the official file, ${REGIONAL} is absent`);

/**
 * Everything below is computed again from the files, without the product's code: shares
 * over final-year students, diploma levels from the BCN, quartiles by interpolation.
 */
interface Training {
  millesime: string;
  region: string;
  voie: string;
  code: string;
  term: number;
  emploi6: number | null;
  poursuite: number | null;
}

function table(path: string, encoding: BufferEncoding = 'utf8') {
  const parsed = parseCsv(
    readFileSync(path)
      .toString(encoding)
      .replace(/^\uFEFF/, ''),
  );
  const at = (name: string) => parsed.header.indexOf(name);
  return { rows: parsed.rows.map((row) => row.cells), at };
}

/** Diploma level of each CFD, and the CFD of each MEFSTAT11, read from the BCN files. */
function levels(): { ofCode: (voie: string, code: string) => string | null } {
  const level = new Map<string, string>();
  for (const [file, encoding] of [
    ['vFormationDiplome_.csv', 'utf8'],
    ['nFormationDiplome_.csv', 'latin1'],
  ] as const) {
    const { rows, at } = table(`${BCN}/${file}`, encoding);
    for (const cells of rows) {
      const cfd = cells[at('FORMATION_DIPLOME')] ?? '';
      const niveau = cells[at('NIVEAU_FORMATION_DIPLOME')] ?? '';
      if (niveau !== '') level.set(cfd, niveau);
    }
  }
  const mefs = table(`${BCN}/nMef.csv`);
  const cfdOfMef = new Map<string, string>();
  for (const cells of mefs.rows) {
    cfdOfMef.set(cells[mefs.at('MEF_STAT_11')] ?? '', cells[mefs.at('FORMATION_DIPLOME')] ?? '');
  }
  return {
    ofCode: (voie, code) => {
      const cfd = voie === 'scolaire' ? cfdOfMef.get(code) : code;
      if (cfd === undefined || cfd === '') return null;
      return level.get(cfd) ?? cfd.slice(0, 3);
    },
  };
}

function trainings(): Training[] {
  if (!present) return [];
  const { rows, at } = table(REGIONAL);
  const num = (cells: string[], name: string) => {
    const value = cells[at(name)] ?? '';
    return value === '' ? null : Number(value);
  };
  const unique = new Map<string, Training>();
  for (const cells of rows) {
    const voie = cells[at('voie')] ?? '';
    const term = num(cells, 'nb_annee_term');
    if (term === null) continue;
    const poursuite = num(cells, 'nb_poursuite_etudes');
    const nobodyLeft = num(cells, 'nb_sortant') === null && poursuite === term;
    const training: Training = {
      millesime: cells[at('millesime')] ?? '',
      region: cells[at('code_region')] ?? '',
      voie,
      code: (voie === 'scolaire' ? cells[at('mefstat11')] : cells[at('cfd')]) ?? '',
      term,
      poursuite,
      emploi6: num(cells, 'nb_en_emploi_6_mois') ?? (nobodyLeft ? 0 : null),
    };
    unique.set(`${training.millesime}|${training.region}|${voie}|${training.code}`, training);
  }
  return [...unique.values()];
}

/** round(100 × n / d), an exact half to the even integer. */
function percent(n: number, d: number): number {
  const doubled = (200 * n) / d;
  const whole = Math.floor(doubled / 2);
  const twiceRest = 200 * n - 2 * whole * d;
  if (twiceRest === d) return whole % 2 === 0 ? whole : whole + 1;
  return twiceRest > d ? whole + 1 : whole;
}

/** The p-quantile at position (n − 1)p between the two values around it, rounded half to even. */
function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lower = sorted[Math.floor(h)] ?? Number.NaN;
  const upper = sorted[Math.ceil(h)] ?? Number.NaN;
  const exact = lower + (h - Math.floor(h)) * (upper - lower);
  const twice = exact * 2;
  if (Number.isInteger(twice) && !Number.isInteger(exact)) {
    const down = Math.floor(exact);
    return down % 2 === 0 ? down : down + 1;
  }
  return Math.round(exact);
}

function expected(values: readonly number[], value: number) {
  if (values.length < 5) {
    return { nb_formations: values.length, position: 'comparaison_impossible', mediane: null };
  }
  const q1 = quantile(values, 0.25);
  const q3 = quantile(values, 0.75);
  const position =
    value > q3 ? 'quart_superieur' : value < q1 ? 'quart_inferieur' : 'moitie_centrale';
  return { nb_formations: values.length, q1, mediane: quantile(values, 0.5), q3, position };
}

describe.runIf(present).each(testDbTargets())(
  'comparisons on the official regional file on $name',
  (target) => {
    const all = trainings();
    const bcn = present ? levels() : null;
    let db: DbHandle;
    let app: App;
    beforeAll(async () => {
      db = await importWithCli(target, [`${DATA}referentiels`, BCN, REGIONAL]);
      app = testApp(db);
    }, 3_600_000);
    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    it('gives the quartiles and positions an independent computation finds among similar trainings', async () => {
      const published = all.filter((row) => row.term >= 20 && row.emploi6 !== null);
      const step = Math.max(1, Math.floor(published.length / 60));
      const checked = published.filter((_, index) => index % step === 0);
      const positions = new Set<string>();
      for (const row of checked) {
        const path = `/api/inserjeunes/affichage/${row.code}?region=${row.region}&millesime=${row.millesime}&voie=${row.voie}`;
        const response = await app.request(path);
        expect(response.status, path).toBe(200);
        const body = (await response.json()) as Affichage;
        expect(body.scope, path).toBe('regional');
        const [contexte] = body.contexte ?? [];
        const niveau = contexte?.niveau?.code;
        expect(niveau, path).toBeDefined();
        expect(contexte?.nb_annee_term, path).toBe(row.term);
        expect(contexte?.promotions, path).toEqual(row.millesime.split('_').map(Number));
        const similar = all.filter(
          (other) =>
            other.millesime === row.millesime &&
            other.region === row.region &&
            other.voie === row.voie &&
            other.term >= 20 &&
            bcn?.ofCode(other.voie, other.code) === niveau,
        );
        const pick = (key: ComparaisonFigure['indicateur']) =>
          contexte?.comparaison.find(
            (entry) => entry.indicateur === key && entry.perimetre === 'regional',
          );
        const emploi = similar.flatMap((o) =>
          o.emploi6 === null ? [] : [percent(o.emploi6, o.term)],
        );
        expect(pick('taux_en_emploi_6_mois'), path).toMatchObject({
          valeur: percent(row.emploi6 ?? 0, row.term),
          ...expected(emploi, percent(row.emploi6 ?? 0, row.term)),
        });
        if (row.poursuite !== null) {
          const poursuite = similar.flatMap((o) =>
            o.poursuite === null ? [] : [percent(o.poursuite, o.term)],
          );
          expect(pick('taux_en_formation'), path).toMatchObject(
            expected(poursuite, percent(row.poursuite, row.term)),
          );
        }
        positions.add(pick('taux_en_emploi_6_mois')?.position ?? '');
      }
      expect(checked.length).toBeGreaterThan(50);
      // The sample reaches every position, so none of them is checked vacuously.
      expect([...positions].sort()).toEqual([
        'comparaison_impossible',
        'moitie_centrale',
        'quart_inferieur',
        'quart_superieur',
      ]);
    }, 600_000);

    it('lists, per level and region, the distributions comparisons use, as computed by hand', async () => {
      const published = all.filter((row) => row.term >= 20 && row.emploi6 !== null);
      const [millesime] = [...new Set(published.map((row) => row.millesime))].sort().reverse();
      const region = '84';
      const response = await app.request(
        `/api/inserjeunes/comparaisons?millesime=${millesime}&region=${region}&voie=scolaire`,
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as Distributions;
      expect(body.millesime).toBe(millesime);
      const regional = body.distributions.filter(
        (entry) => entry.perimetre === 'regional' && entry.indicateur === 'taux_en_emploi_6_mois',
      );
      expect(regional.length).toBeGreaterThan(2);
      expect(new Set(body.distributions.map((entry) => entry.region?.code ?? 'FR'))).toEqual(
        new Set([region, 'FR']),
      );
      for (const entry of regional) {
        const values = published
          .filter(
            (row) =>
              row.millesime === millesime &&
              row.region === region &&
              row.voie === 'scolaire' &&
              bcn?.ofCode(row.voie, row.code) === entry.niveau.code,
          )
          .map((row) => percent(row.emploi6 ?? 0, row.term));
        expect(entry, entry.niveau.libelle).toMatchObject({
          nb_formations: values.length,
          q1: quantile(values, 0.25),
          mediane: quantile(values, 0.5),
          q3: quantile(values, 0.75),
        });
      }
    }, 600_000);
  },
);
