import type { ComparaisonFigure, ComparedKey, ContexteFiliere } from '@inserjeunes/contract';

/**
 * The comparison a reader is shown for one figure: the region's when it has enough similar
 * trainings, else France's; null when neither can compare.
 */
export function pickComparison(
  contexte: ContexteFiliere | null | undefined,
  key: ComparedKey,
): ComparaisonFigure | null {
  const entries = contexte?.comparaison.filter((entry) => entry.indicateur === key) ?? [];
  const comparable = entries.filter((entry) => entry.position !== 'comparaison_impossible');
  return (
    comparable.find((entry) => entry.perimetre === 'regional') ??
    comparable.find((entry) => entry.perimetre === 'national') ??
    null
  );
}

/** Whether some of `keys` can be compared: when none can, the block says it once. */
export function anyComparison(
  contexte: ContexteFiliere | null | undefined,
  keys: readonly ComparedKey[],
): boolean {
  return keys.some((key) => pickComparison(contexte, key) !== null);
}
