import type { Affichage, DonneeSource, Lang, SecondeCommune } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { formatDate } from './number-format.js';

/** Why narrower figures were passed over, and which ones are shown instead. */
export function fallbackText(
  repli: Affichage['repli'][number],
  affichage: Pick<Affichage, 'scope' | 'region'>,
): string {
  const here = repli.scope === 'regional' ? 'region' : 'etablissement';
  const why =
    repli.raison === 'effectif_insuffisant'
      ? here === 'region'
        ? msg('Trop peu de jeunes dans la région pour publier ses propres chiffres.')
        : msg('Trop peu de jeunes dans cet établissement pour publier ses propres chiffres.')
      : repli.raison === 'non_publie'
        ? here === 'region'
          ? msg('Les chiffres de la région ne sont pas publiés.')
          : msg('Les chiffres de cet établissement ne sont pas publiés.')
        : here === 'region'
          ? msg('Pas de chiffres pour cette formation dans la région.')
          : msg('Pas de chiffres pour cette formation dans cet établissement.');
  const instead =
    affichage.scope === 'regional' && affichage.region !== null
      ? msg(str`Voici ceux de la région ${affichage.region.libelle}.`)
      : msg('Voici les chiffres nationaux.');
  return `${why} ${instead}`;
}

export function closedText(date: string | null, lang: Lang, figures: boolean): string {
  if (!figures) {
    return date === null
      ? msg('Ce diplôme n’est plus délivré.')
      : msg(str`Ce diplôme n’est plus délivré depuis le ${formatDate(date, lang)}.`);
  }
  return date === null
    ? msg('Ce diplôme n’est plus délivré : les chiffres sont ceux de ses dernières promotions.')
    : msg(
        str`Ce diplôme n’est plus délivré depuis le ${formatDate(date, lang)} : les chiffres sont ceux de ses dernières promotions.`,
      );
}

/**
 * Figures of another diploma: the one this one replaced, or the one that replaces it,
 * named by its label (never by its code), or not named when the answer has no label.
 */
export function carriedText(source: DonneeSource, label: string | null): string {
  if (source.type === 'ancienne') {
    return label === null
      ? msg('Ce diplôme est récent : les chiffres sont ceux du diplôme qu’il remplace.')
      : msg(
          str`Ce diplôme est récent : les chiffres sont ceux du diplôme qu’il remplace, « ${label} ».`,
        );
  }
  return label === null
    ? msg('Les chiffres sont ceux du diplôme qui remplace celui-ci.')
    : msg(str`Les chiffres sont ceux du diplôme qui remplace celui-ci, « ${label} ».`);
}

/** A closed diploma whose figures are those of the diploma replacing it: one sentence, not two. */
export function closedReplacedText(date: string | null, lang: Lang, label: string | null): string {
  const closed =
    date === null
      ? msg('Ce diplôme n’est plus délivré.')
      : msg(str`Ce diplôme n’est plus délivré depuis le ${formatDate(date, lang)}.`);
  const figures =
    label === null
      ? msg('Les chiffres sont ceux du diplôme qui le remplace.')
      : msg(str`Les chiffres sont ceux du diplôme qui le remplace, « ${label} ».`);
  return `${closed} ${figures}`;
}

export function demoText(): string {
  return msg('Données fictives de démonstration : ces chiffres sont inventés.');
}

/** A common first year: its figures are those of the specialities it leads to, together. */
export function secondeCommuneText({ seconde_commune, specialites }: SecondeCommune): string {
  const names = specialites.map((specialite) => specialite.libelle).join(', ');
  return seconde_commune.famille === null
    ? msg(
        str`Première année commune : chiffres réunis des spécialités auxquelles elle mène (${names}).`,
      )
    : msg(
        str`Seconde commune de la famille « ${seconde_commune.famille} » : chiffres réunis des spécialités auxquelles elle mène (${names}).`,
      );
}
