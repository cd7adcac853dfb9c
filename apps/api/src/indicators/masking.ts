import { type Masquage, type RaisonMasquage, SEUIL_EFFECTIF } from '@inserjeunes/contract';

const MESSAGES: Record<RaisonMasquage, string> = {
  effectif_insuffisant: `Moins de ${SEUIL_EFFECTIF} élèves ou apprentis en dernière année : les chiffres ne sont pas publiés, ils seraient trop peu fiables et permettraient de reconnaître des personnes.`,
  non_publie: 'La source n’a pas publié de chiffres pour cette formation.',
  masque_par_la_source:
    'La source a masqué les chiffres de cette formation dans cet établissement : elle ne les publie pas quand trop peu d’élèves ou d’apprentis sont concernés (sa propre règle, appliquée à des effectifs qu’elle ne publie pas).',
};

/** The masking block of a record withheld for `raison`. */
export function masquage(raison: RaisonMasquage): Masquage {
  return { raison, seuil: SEUIL_EFFECTIF, message: MESSAGES[raison] };
}
