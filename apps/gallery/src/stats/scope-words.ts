import type { Filiere, Scope } from '@inserjeunes/contract';

/** What one row of each scope counts, as a heading. */
export const SCOPE_HEADINGS: Record<Scope, string> = {
  national: 'France entière : diplômes qui ont des chiffres',
  regional: 'Régions : diplômes qui ont des chiffres régionaux',
  formation: 'Établissements : diplômes qui ont des chiffres par établissement',
  etablissement: 'Établissements, toutes formations confondues',
};

/** What one row counts at each scope, for the tables. */
export const SCOPE_ROWS: Record<Scope, string> = {
  national: 'Lignes (diplôme × voie)',
  regional: 'Lignes (région × diplôme)',
  formation: 'Lignes (établissement × diplôme)',
  etablissement: 'Lignes (établissements)',
};

export const FILIERE_LABELS: Record<Filiere, string> = {
  scolaire: 'Voie scolaire',
  apprentissage: 'Apprentissage',
  agricole: 'Enseignement agricole',
  superieur: 'Enseignement supérieur',
};

/** A millésime in words: `2022_2023` → `2022 et 2023`. */
export function millesimeLabel(millesime: string): string {
  return millesime.replace('_', ' et ');
}
