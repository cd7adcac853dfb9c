import { pick } from '@inserjeunes/tooling/seeded-random';
import type { DataSample } from './data-sample.js';
import type { LoadRequest, LoadRoute } from './request-mix.js';

const PATH = '/api/inserjeunes/couverture';
const ROWS = 1000;
const CATALOGUES_PER_FORMAT = 3;

export interface CatalogueRow {
  uai: string;
  code: string;
  libelle: string;
}

/** A code of the right shape that neither the BCN nor the data knows. */
function unknownCode(known: ReadonlySet<string>, random: () => number): string {
  for (;;) {
    const code = `2${String(Math.floor(random() * 1e10)).padStart(10, '0')}`;
    if (!known.has(code)) return code;
  }
}

/**
 * A partner's catalogue of 1,000 trainings: mostly real (establishment, code) pairs and
 * codes alone, some BCN codes without figures, and a few unknown or malformed codes and UAIs.
 */
export function catalogue(data: DataSample, random: () => number): CatalogueRow[] {
  const known = new Set([...data.bcnCodes, ...data.nationalCodes]);
  const rows: CatalogueRow[] = [];
  for (let i = 1; i <= ROWS; i++) {
    const draw = random();
    const libelle = `Formation ${i}`;
    const formation = pick(data.formationPairs, random);
    const regional = pick(data.regionalPairs, random);
    if (draw < 0.2 && formation !== undefined) {
      rows.push({ uai: formation.uai, code: formation.code, libelle });
    } else if (draw < 0.6 && regional !== undefined) {
      const uai = pick(data.establishments.get(regional.region) ?? [], random) ?? '';
      rows.push({ uai, code: regional.code, libelle });
    } else if (draw < 0.8) {
      rows.push({ uai: '', code: pick(data.nationalCodes, random) ?? '', libelle });
    } else if (draw < 0.95) {
      rows.push({ uai: '', code: pick(data.bcnCodes, random) ?? '', libelle });
    } else if (draw < 0.98) {
      rows.push({ uai: '', code: unknownCode(known, random), libelle });
    } else {
      rows.push({ uai: '0000000X', code: random() < 0.5 ? 'CODE?' : '', libelle });
    }
  }
  return rows;
}

export function toCsv(rows: CatalogueRow[]): string {
  const lines = rows.map(({ uai, code, libelle }) => `${uai};${code};${libelle}`);
  return `UAI;Code certification;Libellé\n${lines.join('\n')}\n`;
}

function toJson(rows: CatalogueRow[], wrapped: boolean): string {
  const items = rows.map(({ uai, code, libelle }) => ({ uai, cfd: code, libelle }));
  return JSON.stringify(wrapped ? { lignes: items } : items);
}

/**
 * The coverage checks (5% of the load): 1,000-row catalogues sent as CSV and as JSON, the
 * report asked in JSON or in CSV.
 */
export function coverageRoutes(data: DataSample, random: () => number): LoadRoute[] {
  const csv: LoadRequest[] = [];
  const json: LoadRequest[] = [];
  for (let i = 0; i < CATALOGUES_PER_FORMAT; i++) {
    const csvBody = toCsv(catalogue(data, random));
    const jsonBody = toJson(catalogue(data, random), i % 2 === 1);
    for (const path of [PATH, `${PATH}?format=csv`]) {
      csv.push({ method: 'POST', path, body: csvBody, contentType: 'text/csv; charset=utf-8' });
      json.push({ method: 'POST', path, body: jsonBody, contentType: 'application/json' });
    }
  }
  return [
    { name: 'couverture (CSV catalogue)', kind: 'coverage', weight: 0.025, requests: csv },
    { name: 'couverture (JSON catalogue)', kind: 'coverage', weight: 0.025, requests: json },
  ];
}
