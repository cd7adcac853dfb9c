/**
 * Orders millésimes newest first: by the last promotion measured, then the cumulated form
 * (`2022_2023`, two promotions, more students) before the single year (`2023`).
 */
export function compareMillesimesDesc(a: string, b: string): number {
  const [a1 = 0, a2 = a1] = a.split('_').map(Number);
  const [b1 = 0, b2 = b1] = b.split('_').map(Number);
  return b2 - a2 || a1 - b1 || (a < b ? 1 : a > b ? -1 : 0);
}

/** The distinct millésimes of `values`, newest first. */
export function sortMillesimes(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareMillesimesDesc);
}

/** The last promotion a millésime measures (`2022_2023` and `2023` both measure 2023). */
function lastPromotion(millesime: string): number {
  return Number(millesime.split('_').at(-1));
}

/**
 * The millésime served when none is asked: the newest by the last promotion measured; of the
 * millésimes measuring the same promotion, one where the code has figures of its own wins over
 * one it only has by a renewal's carry-over; then the cumulated form.
 */
export function defaultMillesime(
  candidates: Iterable<{ millesime: string; own: boolean }>,
): string | undefined {
  const own = new Map<string, boolean>();
  for (const { millesime, own: isOwn } of candidates) {
    own.set(millesime, (own.get(millesime) ?? false) || isOwn);
  }
  return [...own.keys()].sort(
    (a, b) =>
      lastPromotion(b) - lastPromotion(a) ||
      Number(own.get(b)) - Number(own.get(a)) ||
      compareMillesimesDesc(a, b),
  )[0];
}
