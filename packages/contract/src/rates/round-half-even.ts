/**
 * A share as an integer percentage: round(100 × n / d) with ties to even, in integer
 * arithmetic so that 12.5 → 12 and 13.5 → 14 exactly, with no floating-point drift.
 */
export function percentHalfEven(numerator: number, denominator: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new RangeError(`cannot take a share of ${numerator} over ${denominator}`);
  }
  const scaled = 100 * numerator;
  const quotient = Math.floor(scaled / denominator);
  const twiceRemainder = 2 * (scaled - quotient * denominator);
  if (twiceRemainder > denominator) return quotient + 1;
  if (twiceRemainder < denominator) return quotient;
  return quotient % 2 === 0 ? quotient : quotient + 1;
}
