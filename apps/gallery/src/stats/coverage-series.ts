import type { Filiere, Scope, Stats } from '@inserjeunes/contract';

type Coverage = Stats['couverture_donnees'];

/** One scope's coverage: millésimes in order, and per voie the figures of each millésime. */
export interface ScopeCoverage {
  scope: Scope;
  millesimes: string[];
  voies: {
    filiere: Filiere;
    /** Aligned with `millesimes`; null where the voie has nothing for that millésime. */
    codes: (number | null)[];
    lignes: (number | null)[];
    publiables: (number | null)[];
  }[];
}

const SCOPE_ORDER: readonly Scope[] = ['national', 'regional', 'formation', 'etablissement'];
const FILIERE_ORDER: readonly Filiere[] = ['scolaire', 'apprentissage', 'agricole', 'superieur'];

/** Oldest first; a two-year millésime (`2022_2023`) sorts by its last year, after `2022`. */
export function compareMillesimes(a: string, b: string): number {
  const last = (value: string) => Number(value.slice(-4));
  return last(a) - last(b) || a.length - b.length || a.localeCompare(b);
}

/** Regroups the flat coverage rows by scope, then voie, with millésimes aligned for a chart. */
export function coverageByScope(rows: Coverage): ScopeCoverage[] {
  return SCOPE_ORDER.flatMap((scope) => {
    const ofScope = rows.filter((row) => row.scope === scope);
    if (ofScope.length === 0) return [];
    const millesimes = [...new Set(ofScope.map((row) => row.millesime))].sort(compareMillesimes);
    const voies = FILIERE_ORDER.flatMap((filiere) => {
      const ofVoie = ofScope.filter((row) => row.filiere === filiere);
      if (ofVoie.length === 0) return [];
      const at = (millesime: string) => ofVoie.find((row) => row.millesime === millesime);
      return [
        {
          filiere,
          codes: millesimes.map((millesime) => at(millesime)?.codes ?? null),
          lignes: millesimes.map((millesime) => at(millesime)?.lignes ?? null),
          publiables: millesimes.map((millesime) => at(millesime)?.publiables ?? null),
        },
      ];
    });
    return [{ scope, millesimes, voies }];
  });
}
