import type { ComparaisonFigure, Lang } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { formatEuros, formatPercent } from '../words/number-format.js';

/** "de la région" or "en France": where the similar trainings were counted. */
function where(entry: ComparaisonFigure): string {
  return entry.perimetre === 'regional' ? msg('de la région') : msg('de France');
}

/**
 * One sentence situating a figure, for a 14-year-old: more than most trainings of the same
 * level, about as much, or less.
 */
export function situatingSentence(entry: ComparaisonFigure): string {
  const place = where(entry);
  switch (entry.position) {
    case 'quart_superieur':
      return msg(str`Plus que la plupart des formations du même niveau ${place}.`);
    case 'quart_inferieur':
      return msg(str`Moins que la plupart des formations du même niveau ${place}.`);
    default:
      return msg(str`Comme la plupart des formations du même niveau ${place}.`);
  }
}

/** A value of the compared figure: a percentage, or euros for the median salary. */
export function formatCompared(entry: ComparaisonFigure, value: number, lang: Lang): string {
  return entry.indicateur === 'salaire_12_mois_q2'
    ? formatEuros(value, lang)
    : formatPercent(value, lang);
}

/** The band in words, for every reader: the median, the middle half and where this one sits. */
export function bandText(entry: ComparaisonFigure, lang: Lang): string {
  const { q1, mediane, q3 } = entry;
  if (q1 === null || mediane === null || q3 === null) return '';
  const format = (value: number) => formatCompared(entry, value, lang);
  const count = entry.nb_formations;
  const similar =
    entry.perimetre === 'regional'
      ? msg(str`Parmi ${count} formations semblables de la région`)
      : msg(str`Parmi ${count} formations semblables en France`);
  const position =
    entry.position === 'quart_superieur'
      ? msg('celle-ci est parmi le quart le plus haut')
      : entry.position === 'quart_inferieur'
        ? msg('celle-ci est parmi le quart le plus bas')
        : msg('celle-ci est dans la moitié du milieu');
  return msg(
    str`${similar} : médiane ${format(mediane)}, moitié du milieu de ${format(q1)} à ${format(q3)} ; ${position}.`,
  );
}

/** Said once when no figure of a block can be compared. */
export function nothingToCompareText(): string {
  return msg(
    'Pas assez de formations semblables pour comparer ces chiffres : ils restent utiles seuls.',
  );
}
