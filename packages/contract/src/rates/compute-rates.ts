import { type Counts, completeCounts } from './counts.js';
import {
  type AutresRateKey,
  autresRateKey,
  type EmploiRateKey,
  type EmploiStableShareKey,
  emploiRateKey,
  emploiStableShareKey,
  HORIZONS,
} from './horizons.js';
import { percentHalfEven } from './round-half-even.js';

/**
 * The published shares. `taux_en_emploi_X_mois`, `taux_en_formation` and
 * `taux_autres_X_mois` are all over `nb_annee_term` and add up to exactly 100.
 * `part_emploi_stable_X_mois` is over those in salaried employment at X months.
 */
export type Rates = { taux_en_formation: number | null } & Record<
  EmploiRateKey | AutresRateKey | EmploiStableShareKey,
  number | null
>;

export const RATE_KEYS: readonly (keyof Rates)[] = [
  'taux_en_formation',
  ...HORIZONS.map(emploiRateKey),
  ...HORIZONS.map(autresRateKey),
  ...HORIZONS.map(emploiStableShareKey),
];

function share(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return percentHalfEven(numerator, denominator);
}

function autres(emploi: number | null, formation: number | null): number | null {
  return emploi === null || formation === null ? null : Math.max(0, 100 - emploi - formation);
}

/**
 * Computes every share from counts (after {@link completeCounts}), null where a count is missing.
 * The keys are written out rather than built per horizon: the importer calls this for every
 * line, and one object literal costs a fraction of sixteen computed keys.
 */
export function computeRates(raw: Counts): Rates {
  const c = completeCounts(raw);
  const term = c.nb_annee_term;
  const formation = share(c.nb_poursuite_etudes, term);
  const e6 = share(c.nb_en_emploi_6_mois, term);
  const e12 = share(c.nb_en_emploi_12_mois, term);
  const e18 = share(c.nb_en_emploi_18_mois, term);
  const e24 = share(c.nb_en_emploi_24_mois, term);
  const e30 = share(c.nb_en_emploi_30_mois, term);
  return {
    taux_en_formation: formation,
    taux_en_emploi_6_mois: e6,
    taux_autres_6_mois: autres(e6, formation),
    part_emploi_stable_6_mois: share(c.nb_en_emploi_stable_6_mois, c.nb_en_emploi_6_mois),
    taux_en_emploi_12_mois: e12,
    taux_autres_12_mois: autres(e12, formation),
    part_emploi_stable_12_mois: share(c.nb_en_emploi_stable_12_mois, c.nb_en_emploi_12_mois),
    taux_en_emploi_18_mois: e18,
    taux_autres_18_mois: autres(e18, formation),
    part_emploi_stable_18_mois: share(c.nb_en_emploi_stable_18_mois, c.nb_en_emploi_18_mois),
    taux_en_emploi_24_mois: e24,
    taux_autres_24_mois: autres(e24, formation),
    part_emploi_stable_24_mois: share(c.nb_en_emploi_stable_24_mois, c.nb_en_emploi_24_mois),
    taux_en_emploi_30_mois: e30,
    taux_autres_30_mois: autres(e30, formation),
    part_emploi_stable_30_mois: share(c.nb_en_emploi_stable_30_mois, c.nb_en_emploi_30_mois),
  };
}
