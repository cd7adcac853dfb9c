import type { ContexteFiliere } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import type { Learners } from '../words/learners.js';

/** How many the figures rest on: "sur 148 élèves", and the leavers when counted. */
export function headcount(contexte: ContexteFiliere | null | undefined, learners: Learners) {
  const count = contexte?.nb_annee_term ?? null;
  if (count === null) return null;
  switch (learners) {
    case 'apprentis':
      return msg(str`sur ${count} apprentis`);
    case 'etudiants':
      return msg(str`sur ${count} étudiants`);
    default:
      return msg(str`sur ${count} élèves`);
  }
}

/** Leavers the rates over leavers rest on (higher education). */
export function leaversCount(contexte: ContexteFiliere | null | undefined) {
  const count = contexte?.nb_sortant ?? null;
  return count === null ? null : msg(str`dont ${count} sortis des études`);
}
