import { pick, shuffle } from '@inserjeunes/tooling/seeded-random';
import type { DataSample } from './data-sample.js';
import type { LoadRequest, LoadRoute } from './request-mix.js';

const API = '/api/inserjeunes';
const SIZES = [20, 50, 100];

const get = (path: string): LoadRequest => ({ method: 'GET', path });

/** A few codes drawn together, as a partner filtering on its own diplomas would. */
function someCodes(codes: readonly string[], random: () => number): string {
  return shuffle([...codes], random)
    .slice(0, 2 + Math.floor(random() * 4))
    .join(',');
}

/**
 * The lists (15% of the load): national, regional and establishment figures filtered by
 * millésime, filière, codes, region, académie or UAI, page by page, and their CSV exports.
 */
export function listRoutes(data: DataSample, random: () => number): LoadRoute[] {
  const page = () => `page=${1 + Math.floor(random() * 5)}&items_par_page=${pick(SIZES, random)}`;
  const millesime = () => pick(data.millesimes, random) ?? '';
  const filiere = () => pick(data.filieres, random) ?? 'scolaire';
  const uais = [...new Set(data.formationPairs.map(({ uai }) => uai))];
  const formationRegions = [
    ...new Set(data.formationPairs.flatMap(({ region }) => (region === null ? [] : [region]))),
  ];
  const regionalCodes = [...new Set(data.regionalPairs.map(({ code }) => code))];

  const certifications: string[] = [];
  const regionales: string[] = [];
  const formations: string[] = ['formations', 'formations?page=2'];
  const exports: string[] = [];
  for (let i = 0; i < 40; i++) {
    certifications.push(
      `certifications?${page()}`,
      `certifications?filiere=${filiere()}&${page()}`,
      `certifications?millesimes=${millesime()}&${page()}`,
      `certifications?codes=${someCodes(data.nationalCodes, random)}`,
    );
    exports.push(
      `certifications.csv?millesimes=${millesime()}&filiere=${filiere()}`,
      `certifications.csv?codes=${someCodes(data.nationalCodes, random)}`,
    );
  }
  for (const region of data.regions) {
    regionales.push(
      `regionales?regions=${region}`,
      `regionales?regions=${region}&${page()}`,
      `regionales?regions=${region}&millesimes=${millesime()}&filiere=${filiere()}&${page()}`,
      `regionales?regions=${region}&codes=${someCodes(regionalCodes, random)}`,
    );
    exports.push(`regionales.csv?regions=${region}&millesimes=${millesime()}`);
  }
  for (const academie of shuffle([...data.academies], random).slice(0, 20)) {
    regionales.push(`regionales?academies=${academie}&${page()}`);
  }
  for (const uai of shuffle([...uais], random).slice(0, 60)) {
    formations.push(`formations?uais=${uai}`);
    exports.push(`formations.csv?uais=${uai}`);
  }
  for (const region of formationRegions) {
    formations.push(`formations?regions=${region}&${page()}`, `formations?filiere=${filiere()}`);
    exports.push(`formations.csv?regions=${region}`);
  }
  const routes = (paths: string[]) => [...new Set(paths)].map((path) => get(`${API}/${path}`));
  return [
    {
      name: 'certifications (list)',
      kind: 'list',
      weight: 0.045,
      requests: routes(certifications),
    },
    { name: 'regionales (list)', kind: 'list', weight: 0.045, requests: routes(regionales) },
    { name: 'formations (list)', kind: 'list', weight: 0.025, requests: routes(formations) },
    { name: '*.csv exports', kind: 'list', weight: 0.035, requests: routes(exports) },
  ];
}
