import { isNotPublished } from './not-published.js';

const INTEGER = /^\s*(-?\d+)(?:[.,]0+)?\s*$/;

/**
 * A head count: a non-negative integer, or null when not published. A reason is added to
 * `problems` (naming the column) for anything else: a fraction, a negative number, text.
 */
export function parseCount(raw: string, column: string, problems: string[]): number | null {
  if (isNotPublished(raw)) return null;
  const match = INTEGER.exec(raw);
  if (match === null) {
    problems.push(`${column} : « ${raw} » n’est pas un nombre entier`);
    return null;
  }
  const value = Number(match[1]);
  if (value < 0) {
    problems.push(`${column} : effectif négatif (${value})`);
    return null;
  }
  if (!Number.isSafeInteger(value)) {
    problems.push(`${column} : « ${raw} » est hors limites`);
    return null;
  }
  return value;
}
