import type { Filiere } from '@inserjeunes/contract';

/**
 * What becomes of a typical promotion of one kind of diploma by one route, as ranges the
 * generator draws from. The ranges are chosen to look like the published national orders of
 * magnitude (apprentices find jobs more often, BTS graduates more than CAP graduates, most
 * school-route bac pro graduates go on studying); the figures themselves are invented.
 */
export interface Profil {
  /** Share of the final-year students who go on studying. */
  poursuite: readonly [number, number];
  /** Share of the leavers in salaried employment 6 months after. */
  emploi6: readonly [number, number];
  /** Share of leavers added at each later horizon (12, 18, 24, then 30 months). */
  gains: readonly number[];
  /** Share of the employed in stable employment at 6 months, and its rise per horizon (InserSup). */
  stable: readonly [number, number] | null;
  /** National median net monthly salary 12 months after, in euros. */
  salaireMedian: number;
}

const profil = (
  poursuite: readonly [number, number],
  emploi6: readonly [number, number],
  gains: readonly number[],
  salaireMedian: number,
  stable: readonly [number, number] | null = null,
): Profil => ({ poursuite, emploi6, gains, stable, salaireMedian });

/** Keyed by BCN level (CFD) or SISE diploma type, then by route. */
const PROFILS: Record<string, Partial<Record<Filiere, Profil>>> = {
  // CAP
  '500': {
    scolaire: profil([0.4, 0.5], [0.27, 0.35], [0.07, 0.04, 0.04], 1390),
    apprentissage: profil([0.18, 0.26], [0.55, 0.63], [0.05, 0.03, 0.03], 1460),
  },
  // BAC PRO
  '400': {
    scolaire: profil([0.48, 0.58], [0.37, 0.45], [0.07, 0.04, 0.03], 1460),
    apprentissage: profil([0.22, 0.3], [0.62, 0.7], [0.04, 0.03, 0.02], 1560),
  },
  // BP
  '450': {
    apprentissage: profil([0.08, 0.14], [0.7, 0.78], [0.03, 0.02, 0.02], 1610),
  },
  // BTS
  '320': {
    scolaire: profil([0.38, 0.48], [0.47, 0.55], [0.07, 0.04, 0.03], 1560),
    apprentissage: profil([0.17, 0.25], [0.66, 0.74], [0.04, 0.02, 0.02], 1690),
  },
  // MC
  '010': {
    scolaire: profil([0.15, 0.22], [0.5, 0.58], [0.06, 0.03, 0.03], 1430),
    apprentissage: profil([0.1, 0.16], [0.68, 0.76], [0.04, 0.02, 0.02], 1490),
  },
  // Licence professionnelle
  DP: {
    superieur: profil([0.25, 0.35], [0.6, 0.68], [0.06, 0.04, 0.03, 0.02], 1790, [0.52, 0.05]),
  },
  // Master enseignement
  XD: {
    superieur: profil([0.06, 0.12], [0.78, 0.86], [0.03, 0.02, 0.01, 0.01], 2040, [0.6, 0.06]),
  },
};

export function profilFor(niveau: string, filiere: Filiere): Profil {
  const found = PROFILS[niveau]?.[filiere];
  if (found === undefined) throw new Error(`no outcome profile for level ${niveau} (${filiere})`);
  return found;
}
