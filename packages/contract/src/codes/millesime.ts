import type { ParseResult } from './certification-code.js';

/**
 * A millésime names the promotions measured: one year (`2023`) or two cumulated
 * consecutive promotions (`2022_2023`).
 */
export function parseMillesime(input: string): ParseResult<string> {
  const value = input.trim();
  const match = /^([0-9]{4})(?:_([0-9]{4}))?$/.exec(value);
  if (match === null) {
    return { ok: false, reason: 'un millésime s’écrit AAAA ou AAAA_AAAA, par exemple 2022_2023' };
  }
  const [, first, second] = match;
  if (second !== undefined && Number(second) !== Number(first) + 1) {
    return { ok: false, reason: `les deux années de ${value} doivent se suivre` };
  }
  return { ok: true, value };
}

/** The promotions a millésime covers, oldest first: `2022_2023` → [2022, 2023]. */
export function millesimeYears(millesime: string): number[] {
  return millesime.split('_').map(Number);
}
