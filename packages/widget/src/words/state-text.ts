import type { Masquage, RaisonAbsence } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';

/** Why figures are withheld, said kindly; higher education speaks of students, not pupils. */
export function withheldText(masquage: Masquage, higherEducation = false): string {
  if (masquage.raison !== 'effectif_insuffisant') {
    return msg('Les chiffres de cette formation n’ont pas été publiés par la source.');
  }
  return higherEducation
    ? msg(
        str`Moins de ${masquage.seuil} étudiants ont suivi cette formation : c’est trop peu pour publier des chiffres sans risquer que l’on reconnaisse quelqu’un. Cela ne dit rien de sa qualité.`,
      )
    : msg(
        str`Moins de ${masquage.seuil} élèves ont suivi cette formation : c’est trop peu pour publier des chiffres sans risquer que l’on reconnaisse quelqu’un. Cela ne dit rien de sa qualité.`,
      );
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
