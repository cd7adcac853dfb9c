/**
 * SQL for the contract's `percentHalfEven(n, d)` wrapped in the contract's `share` rule: the
 * integer percentage round(100 × n / d) with ties to even, null when n or d is null or d is
 * zero. Integer arithmetic only (bigint), as in the contract: with M = 200n + d and T = 2d,
 * h = ⌊M / T⌋ rounds half up, a tie is M divisible by T, and a tie rounded up to an odd
 * number goes back down to the even one. The modulo is taken positive so that the floor is
 * right for a negative numerator too (SQL's `/` truncates). `n` and `d` are repeated: pass
 * column names or other cheap expressions.
 */
export function percentHalfEvenSql(n: string, d: string): string {
  const m = `(200::bigint * (${n}) + (${d}))`;
  const t = `(2::bigint * (${d}))`;
  const remainder = `((${m} % ${t} + ${t}) % ${t})`;
  const halfUp = `((${m} - ${remainder}) / ${t})`;
  return `(case when (${n}) is null or (${d}) is null or (${d}) = 0 then null
    else ${halfUp} - (case when ${remainder} = 0 and ${halfUp} % 2 <> 0 then 1 else 0 end) end)`;
}
