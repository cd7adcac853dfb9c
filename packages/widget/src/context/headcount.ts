import type { ContexteFiliere, Lang } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import type { Learners } from '../words/learners.js';
import { formatCount } from '../words/number-format.js';

/** How many the figures rest on: "sur 148 élèves", and the leavers when counted. */
export function headcount(
  contexte: ContexteFiliere | null | undefined,
  learners: Learners,
  lang: Lang,
) {
  const total = contexte?.nb_annee_term ?? null;
  if (total === null) return null;
  const count = formatCount(total, lang);
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
export function leaversCount(contexte: ContexteFiliere | null | undefined, lang: Lang) {
  const leavers = contexte?.nb_sortant ?? null;
  if (leavers === null) return null;
  const count = formatCount(leavers, lang);
  return msg(str`dont ${count} sortis des études`);
}
