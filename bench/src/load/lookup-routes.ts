import { pick, shuffle } from '@inserjeunes/tooling/seeded-random';
import type { DataSample } from './data-sample.js';
import type { LoadRequest, LoadRoute } from './request-mix.js';

const API = '/api/inserjeunes';
const AUDIENCES = ['3eme', 'lycee', 'superieur'];
/** The widget's version, as it sends it with each call. */
const WIDGET = '1.0.0';

const get = (path: string): LoadRequest => ({ method: 'GET', path });

/** Up to `count` items spread over the whole list, in a drawn order. */
function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  return shuffle([...items], random).slice(0, count);
}

/**
 * What a widget on a partner's page asks: a code alone, with a region, or with an
 * establishment of that region (the server then falls back from establishment to region
 * to France), for one of the three audiences.
 */
function affichageRequests(data: DataSample, count: number, random: () => number): LoadRequest[] {
  const paths = new Set<string>();
  const formations = sample(data.formationPairs, Math.floor(count / 10), random);
  for (const { uai, code } of formations) {
    paths.add(`${API}/affichage/${code}?uai=${uai}&audience=lycee&widget=${WIDGET}`);
  }
  for (const { code, region } of sample(data.regionalPairs, count, random)) {
    if (paths.size >= count) break;
    const audience = pick(AUDIENCES, random) ?? 'lycee';
    const draw = random();
    const uai = pick(data.establishments.get(region) ?? [], random);
    const where =
      draw < 0.25 ? '' : draw < 0.5 || uai === undefined ? `region=${region}&` : `uai=${uai}&`;
    paths.add(`${API}/affichage/${code}?${where}audience=${audience}&widget=${WIDGET}`);
  }
  return [...paths].map(get);
}

/**
 * The single lookups (80% of the load): the widget's route, national, regional and
 * establishment figures, and code resolution, each over many real codes and places.
 */
export function lookupRoutes(data: DataSample, random: () => number): LoadRoute[] {
  const codes = sample(data.nationalCodes, 1000, random);
  const regional = sample(data.regionalPairs, 2000, random);
  const formations = sample(data.formationPairs, 2000, random);
  const resolvable = [
    ...sample(data.nationalCodes, 500, random),
    ...sample(data.bcnCodes, 1000, random),
  ];
  return [
    {
      name: 'affichage/:codes',
      kind: 'lookup',
      weight: 0.4,
      requests: affichageRequests(data, 3000, random),
    },
    {
      name: 'certifications/:code',
      kind: 'lookup',
      weight: 0.12,
      requests: codes.map((code) => get(`${API}/certifications/${code}`)),
    },
    {
      name: 'regionales/:region/certifications/:code',
      kind: 'lookup',
      weight: 0.12,
      requests: regional.map(({ code, region }) =>
        get(`${API}/regionales/${region}/certifications/${code}`),
      ),
    },
    {
      name: 'formations/:uai-:code',
      kind: 'lookup',
      weight: 0.06,
      requests: formations.map(({ uai, code }) => get(`${API}/formations/${uai}-${code}`)),
    },
    {
      name: 'resolve/:code',
      kind: 'lookup',
      weight: 0.1,
      requests: [...new Set(resolvable)].map((code) => get(`${API}/resolve/${code}`)),
    },
  ];
}
