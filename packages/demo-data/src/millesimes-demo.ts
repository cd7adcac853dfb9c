import type { Filiere } from '@inserjeunes/contract';

/** Two cumulated promotions per InserJeunes millésime, as the DEPP publishes them. */
export const MILLESIMES_INSERJEUNES = ['2021_2022', '2022_2023'] as const;
/** One promotion per InserSup millésime. */
export const MILLESIMES_INSERSUP = ['2021', '2022'] as const;

export function millesimesFor(filiere: Filiere): readonly string[] {
  return filiere === 'superieur' ? MILLESIMES_INSERSUP : MILLESIMES_INSERJEUNES;
}
