import { isNotPublished } from './not-published.js';

const DECIMAL = /^\s*(-?\d+(?:[.,]\d+)?)\s*$/;

/**
 * A published percentage (decimal point or comma), checked to lie within [min, max]: 0–100
 * for a share, −100–100 for a value added in points. Null when not published.
 */
export function parseRate(
  raw: string,
  column: string,
  problems: string[],
  min = 0,
  max = 100,
): number | null {
  if (isNotPublished(raw)) return null;
  const match = DECIMAL.exec(raw);
  if (match === null) {
    problems.push(`${column} : « ${raw} » n’est pas un pourcentage`);
    return null;
  }
  const value = Number((match[1] ?? '').replace(',', '.'));
  if (value < min || value > max) {
    problems.push(`${column} : taux impossible (${raw}), attendu entre ${min} et ${max}`);
    return null;
  }
  return value;
}

/** A published rate stored as an integer column: rounded half away from zero, as the sources print. */
export function parseRateInteger(
  raw: string,
  column: string,
  problems: string[],
  min = 0,
  max = 100,
): number | null {
  const value = parseRate(raw, column, problems, min, max);
  return value === null ? null : Math.sign(value) * Math.round(Math.abs(value));
}
