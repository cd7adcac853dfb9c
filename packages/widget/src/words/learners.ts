import type { Filiere, Indicateur } from '@inserjeunes/contract';

/**
 * Who the figures speak of: apprentices for the apprenticeship route, students for BTS and
 * higher (BCN levels 1xx to 3xx, and InserSup), pupils otherwise (CAP, bac pro…).
 */
export type Learners = 'eleves' | 'etudiants' | 'apprentis';

export function learnersOf(block: Pick<Indicateur, 'filiere' | 'diplome'>): Learners {
  const filiere: Filiere = block.filiere;
  if (filiere === 'apprentissage') return 'apprentis';
  if (filiere === 'superieur' || /^[123]/.test(block.diplome?.code ?? '')) return 'etudiants';
  return 'eleves';
}
