/**
 * The route that led to the diploma: school route, apprenticeship, agricultural
 * education, or higher education (InserSup).
 */
export const FILIERES = ['scolaire', 'apprentissage', 'agricole', 'superieur'] as const;
export type Filiere = (typeof FILIERES)[number];

export function isFiliere(value: string): value is Filiere {
  return (FILIERES as readonly string[]).includes(value);
}
