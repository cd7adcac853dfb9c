/** First quartile, median and third quartile of a set of values. */
export interface Quartiles {
  q1: number;
  mediane: number;
  q3: number;
}

/**
 * The quartiles of `sorted` (ascending, not empty) by linear interpolation between order
 * statistics, as spreadsheets' QUARTILE.INC: the p-quantile sits at position (n − 1) × p.
 * Each is rounded to the whole unit (a point, a euro), ties to even.
 */
export function quartiles(sorted: readonly number[]): Quartiles {
  if (sorted.length === 0) throw new RangeError('quartiles need at least one value');
  return { q1: at(sorted, 0.25), mediane: at(sorted, 0.5), q3: at(sorted, 0.75) };
}

function at(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return roundHalfEven(low + (high - low) * (position - below));
}

/** Rounds to the nearest integer, an exact half to the even one (12.5 → 12, 13.5 → 14). */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const rest = value - floor;
  if (Math.abs(rest - 0.5) < 1e-9) return floor % 2 === 0 ? floor : floor + 1;
  return Math.round(value);
}
