import type { Affichage, Scope } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';

/** Which figures are shown, in words: `Chiffres de la région Bretagne`, `Chiffres nationaux`. */
export function scopeLabel(
  affichage: Pick<Affichage, 'scope' | 'region' | 'etablissement'>,
): string {
  return scopeWords(affichage.scope, affichage);
}

export function scopeWords(
  scope: Scope | null,
  { region, etablissement }: Pick<Affichage, 'region' | 'etablissement'>,
): string {
  switch (scope) {
    case 'national':
      return msg('Chiffres nationaux');
    case 'regional':
      return region === null
        ? msg('Chiffres régionaux')
        : msg(str`Chiffres de la région ${region.libelle}`);
    case 'formation':
    case 'etablissement':
      return etablissement?.libelle
        ? msg(str`Chiffres de l’établissement ${etablissement.libelle}`)
        : msg('Chiffres de cet établissement');
    case null:
      return '';
  }
}
