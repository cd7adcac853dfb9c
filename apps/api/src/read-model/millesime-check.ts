import type { Scope } from '@inserjeunes/contract';
import { ApiFailure } from '../http/api-failure.js';
import { sortMillesimes } from '../indicators/millesime-order.js';

/**
 * The millésimes `rows` have, newest first, when `asked` is not among them; null when it is,
 * when none was asked, or when the rows have none at all (then the answer is "no data").
 */
export function missingMillesime(
  asked: string | undefined,
  rows: readonly { millesime: string }[],
): string[] | null {
  if (asked === undefined) return null;
  const existing = sortMillesimes(rows.map((row) => row.millesime));
  return existing.length === 0 || existing.includes(asked) ? null : existing;
}

/** Answers 404 listing the millésimes `rows` have, when the one asked for is not among them. */
export function checkMillesime(
  asked: string | undefined,
  rows: readonly { millesime: string }[],
  scope: Scope | null,
): void {
  const existing = missingMillesime(asked, rows);
  if (asked !== undefined && existing !== null) throw millesimeUnavailable(asked, existing, scope);
}

/** 404 for a millésime that does not exist, with those that do. */
export function millesimeUnavailable(
  millesime: string,
  existing: readonly string[],
  scope: Scope | null,
): ApiFailure {
  return new ApiFailure(
    'millesime_indisponible',
    `Millésime « ${millesime} » indisponible${scope === null ? '' : ` (${scope})`} ; millésimes disponibles : ${existing.join(', ')}.`,
    { parametre: 'millesime', millesime, millesimes_disponibles: existing },
  );
}
