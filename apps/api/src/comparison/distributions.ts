import {
  COMPARED_KEYS,
  type Distribution,
  type Distributions,
  type Filiere,
  MIN_SIMILAR_TRAININGS,
  regionByCode,
} from '@inserjeunes/contract';
import type { DataSnapshot } from '../data/data-state.js';
import { compareMillesimesDesc } from '../indicators/millesime-order.js';
import { similarTrainingsOf } from './similar-trainings.js';

export interface DistributionQuery {
  millesime?: string | undefined;
  voie?: Filiere | undefined;
  region?: string | undefined;
}

/**
 * The distributions comparisons are made against, per diploma level, place (each region,
 * and France), filière and figure, for one millésime (the latest held by default); those
 * with fewer than {@link MIN_SIMILAR_TRAININGS} trainings are left out, as comparisons
 * leave them. Ordered by level, place (France first), filière and figure.
 */
export function distributions(snapshot: DataSnapshot, query: DistributionQuery): Distributions {
  const { nomenclature } = snapshot;
  const similar = similarTrainingsOf(snapshot.figures, nomenclature);
  const groups = [...similar.groups()].filter(
    ({ key }) => key.scope === 'national' || key.scope === 'regional',
  );
  const millesime =
    query.millesime ??
    [...new Set(groups.map(({ key }) => key.millesime))].sort(compareMillesimesDesc)[0] ??
    null;
  const found: Distribution[] = [];
  for (const { key, values } of groups) {
    if (key.millesime !== millesime) continue;
    if (query.voie !== undefined && key.filiere !== query.voie) continue;
    if (query.region !== undefined && key.scope === 'regional' && key.place !== query.region)
      continue;
    const libelle = nomenclature.niveaux.get(key.niveau);
    if (libelle === undefined) continue;
    const region =
      key.scope === 'regional' && key.place !== null
        ? {
            code: key.place,
            libelle:
              nomenclature.regions.get(key.place) ?? regionByCode(key.place)?.libelle ?? key.place,
          }
        : null;
    for (const indicateur of COMPARED_KEYS) {
      const spread = values[indicateur];
      if (spread.quartiles === null || spread.count < MIN_SIMILAR_TRAININGS) continue;
      found.push({
        niveau: { code: key.niveau, libelle },
        perimetre: key.scope === 'regional' ? 'regional' : 'national',
        region,
        filiere: key.filiere,
        millesime: key.millesime,
        indicateur,
        nb_formations: spread.count,
        ...spread.quartiles,
      });
    }
  }
  const order = (entry: Distribution) =>
    [
      entry.niveau.code,
      entry.perimetre === 'national' ? '' : (entry.region?.libelle ?? ''),
      entry.filiere,
      String(COMPARED_KEYS.indexOf(entry.indicateur)),
    ].join('|');
  found.sort((a, b) => order(a).localeCompare(order(b), 'fr'));
  return { millesime, minimum: MIN_SIMILAR_TRAININGS, distributions: found };
}
