import type { Couverture, LigneCouverture } from '@inserjeunes/contract';

/**
 * Counts per status and their shares of all rows (percent, one decimal), and the covered
 * rows by the scope that would serve them.
 */
export function coverageTotals(lignes: readonly LigneCouverture[]): Couverture['totaux'] {
  const counts = { couvert: 0, sous_seuil: 0, non_couvert: 0, invalide: 0 };
  const parScope = { formation: 0, regional: 0, national: 0 };
  for (const ligne of lignes) {
    counts[ligne.statut] += 1;
    if (ligne.statut === 'couvert' && ligne.scope !== null && ligne.scope !== 'etablissement') {
      parScope[ligne.scope] += 1;
    }
  }
  const share = (n: number) =>
    lignes.length === 0 ? 0 : Math.round((1000 * n) / lignes.length) / 10;
  return {
    lignes: lignes.length,
    ...counts,
    pourcentages: {
      couvert: share(counts.couvert),
      sous_seuil: share(counts.sous_seuil),
      non_couvert: share(counts.non_couvert),
      invalide: share(counts.invalide),
    },
    par_scope: parScope,
  };
}
