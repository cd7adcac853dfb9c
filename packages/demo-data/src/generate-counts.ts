import {
  type Counts,
  emploiCountKey,
  emploiStableCountKey,
  emptyCounts,
  type Horizon,
} from '@inserjeunes/contract';
import type { Omission } from './plan-indicateurs.js';
import type { Profil } from './profils.js';
import type { Random } from './random.js';

const HORIZONS_INSERJEUNES: readonly Horizon[] = [6, 12, 18, 24];
const HORIZONS_INSERSUP: readonly Horizon[] = [6, 12, 18, 24, 30];

/**
 * Draws the counts of one row for `effectif` final-year students: further study, leavers,
 * then employment at each horizon, never falling and never above the leavers. InserSup rows
 * also get stable employment and the 30-month horizon.
 */
export function generateCounts(
  effectif: number,
  profil: Profil,
  random: Random,
  superieur: boolean,
  omissions: readonly Omission[],
): Counts {
  const counts = emptyCounts();
  counts.nb_annee_term = effectif;
  if (omissions.includes('tout_sauf_effectif')) return counts;
  const poursuite = Math.round(effectif * random.between(...profil.poursuite));
  const sortants = effectif - poursuite;
  counts.nb_poursuite_etudes = poursuite;
  counts.nb_sortant = sortants;
  const horizons = superieur ? HORIZONS_INSERSUP : HORIZONS_INSERJEUNES;
  let share = random.between(...profil.emploi6);
  let previous = 0;
  horizons.forEach((horizon, index) => {
    if (index > 0) share += (profil.gains[index - 1] ?? 0) * random.between(0.6, 1.4);
    const emploi = Math.min(
      sortants,
      Math.max(previous, Math.round(sortants * Math.min(share, 0.97))),
    );
    previous = emploi;
    if (!isOmitted(horizon, omissions)) counts[emploiCountKey(horizon)] = emploi;
    if (profil.stable !== null && !isOmitted(horizon, omissions)) {
      const [start, rise] = profil.stable;
      const stableShare = Math.min(0.95, start + rise * index + random.between(-0.03, 0.03));
      counts[emploiStableCountKey(horizon)] = Math.round(emploi * stableShare);
    }
  });
  return counts;
}

function isOmitted(horizon: Horizon, omissions: readonly Omission[]): boolean {
  if (omissions.includes('emploi_12_a_24') && horizon !== 6) return true;
  return omissions.includes('emploi_30') && horizon === 30;
}

/** National salary quartiles around the profile's median, rounded to ten euros. */
export function generateSalaires(
  profil: Profil,
  random: Random,
): readonly [number, number, number] {
  const tens = (value: number) => Math.round(value / 10) * 10;
  const median = tens(profil.salaireMedian * random.between(0.96, 1.04));
  return [median - tens(random.between(110, 190)), median, median + tens(random.between(160, 290))];
}
