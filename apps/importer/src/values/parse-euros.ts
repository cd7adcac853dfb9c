import { isNotPublished } from './not-published.js';

const AMOUNT = /^\s*(\d+(?:[.,]\d+)?)\s*$/;

/** A monthly salary in euros (non-negative, decimal point or comma), null when not published. */
export function parseEuros(raw: string, column: string, problems: string[]): number | null {
  if (isNotPublished(raw)) return null;
  const match = AMOUNT.exec(raw.replace(/\s(?=\d{3}\b)/g, ''));
  if (match === null) {
    problems.push(`${column} : « ${raw} » n’est pas un montant en euros`);
    return null;
  }
  return Number((match[1] ?? '').replace(',', '.'));
}
