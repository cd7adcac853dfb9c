import { msg, str } from '@lit/localize';
import type { Learners } from './learners.js';

/** Out of ten: "4 élèves sur 10", "2 à 3 apprentis sur 10", "moins d'1 étudiant sur 10". */
export interface PeoplePhrase {
  text: string;
  /** Whether the verb that follows is singular. */
  singular: boolean;
}

function few(learners: Learners): string {
  switch (learners) {
    case 'apprentis':
      return msg('moins d’1 apprenti sur 10');
    case 'etudiants':
      return msg('moins d’1 étudiant sur 10');
    default:
      return msg('moins d’1 élève sur 10');
  }
}

/** Nobody or one person: the noun stays singular. */
function one(learners: Learners, n: string): string {
  switch (learners) {
    case 'apprentis':
      return msg(str`${n} apprenti sur 10`);
    case 'etudiants':
      return msg(str`${n} étudiant sur 10`);
    default:
      return msg(str`${n} élève sur 10`);
  }
}

function many(learners: Learners, n: string): string {
  switch (learners) {
    case 'apprentis':
      return msg(str`${n} apprentis sur 10`);
    case 'etudiants':
      return msg(str`${n} étudiants sur 10`);
    default:
      return msg(str`${n} élèves sur 10`);
  }
}

/**
 * How many of ten, in words a 14-year-old reads at once. A count shared between equal
 * shares (2½) is said as the two whole numbers around it; under one, "moins d'1".
 */
export function peoplePhrase(count: number, learners: Learners, share: number): PeoplePhrase {
  if (share === 0 || count === 1) return { text: one(learners, String(count)), singular: true };
  if (count < 1) return { text: few(learners), singular: true };
  if (Number.isInteger(count)) return { text: many(learners, String(count)), singular: false };
  const low = Math.floor(count);
  return { text: many(learners, msg(str`${low} à ${low + 1}`)), singular: false };
}
