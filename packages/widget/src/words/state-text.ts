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

/** What to look at when the figures are withheld everywhere. */
export function withheldInsteadText(): string {
  return msg('Comparez avec des formations proches, ou interrogez l’établissement.');
}

/** What to look at when there is nothing to show. */
export function noDataInsteadText(raison: RaisonAbsence | null): string {
  switch (raison) {
    case 'nouveau_diplome':
      return msg('En attendant, les chiffres du diplôme qu’il remplace donnent une idée.');
    case 'non_enseigne':
      return msg('Les établissements qui la proposent, ou la région, ont peut-être les leurs.');
    default:
      return msg('Pour vous faire une idée, comparez avec des formations proches.');
  }
}

/** What to do when the figures could not be loaded. */
export function errorInsteadText(): string {
  return msg('Vérifiez la connexion, puis réessayez dans un instant.');
}
