import type { LigneCouverture, RaisonCouverture, StatutCouverture } from '@inserjeunes/contract';

export interface ReasonCount {
  statut: StatutCouverture;
  raison: RaisonCouverture | null;
  lignes: number;
}

const STATUT_ORDER: readonly StatutCouverture[] = [
  'couvert',
  'sous_seuil',
  'non_couvert',
  'invalide',
];

/** How many rows share each (status, reason), by status then most rows first. */
export function reasonCounts(lignes: readonly LigneCouverture[]): ReasonCount[] {
  const counts = new Map<string, ReasonCount>();
  for (const ligne of lignes) {
    const key = `${ligne.statut}/${ligne.raison ?? ''}`;
    const entry = counts.get(key) ?? { statut: ligne.statut, raison: ligne.raison, lignes: 0 };
    entry.lignes += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) =>
      STATUT_ORDER.indexOf(a.statut) - STATUT_ORDER.indexOf(b.statut) ||
      b.lignes - a.lignes ||
      (a.raison ?? '').localeCompare(b.raison ?? ''),
  );
}
