import type { Masquage, RaisonAbsence } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import type { Learners } from './learners.js';

/** Why figures are withheld, said kindly, of the pupils, students or apprentices concerned. */
export function withheldText(masquage: Masquage, learners: Learners): string {
  if (masquage.raison !== 'effectif_insuffisant') {
    return msg('Les chiffres de cette formation n’ont pas été publiés par la source.');
  }
  const seuil = masquage.seuil;
  switch (learners) {
    case 'apprentis':
      return msg(
        str`Moins de ${seuil} apprentis ont suivi cette formation : c’est trop peu pour publier des chiffres sans risquer que l’on reconnaisse quelqu’un. Cela ne dit rien de sa qualité.`,
      );
    case 'etudiants':
      return msg(
        str`Moins de ${seuil} étudiants ont suivi cette formation : c’est trop peu pour publier des chiffres sans risquer que l’on reconnaisse quelqu’un. Cela ne dit rien de sa qualité.`,
      );
    default:
      return msg(
        str`Moins de ${seuil} élèves ont suivi cette formation : c’est trop peu pour publier des chiffres sans risquer que l’on reconnaisse quelqu’un. Cela ne dit rien de sa qualité.`,
      );
  }
}

/** Why there is nothing to show. */
export function noDataText(raison: RaisonAbsence | null): string {
  switch (raison) {
    case 'nouveau_diplome':
      return msg(
        'Ce diplôme est récent : ses premiers élèves n’ont pas encore été suivis après la formation. Les chiffres viendront.',
      );
    case 'non_enseigne':
      return msg(
        'Cette formation n’est pas proposée dans cet établissement : pas de chiffres ici.',
      );
    default:
      return msg('Aucun chiffre n’est publié pour cette formation.');
  }
}

export function unknownText(): string {
  return msg('Chiffres indisponibles pour cette formation.');
}

export function errorText(): string {
  return msg('Les chiffres n’ont pas pu être chargés.');
}
