const FRENCH = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?$/;

/**
 * A calendar date as the BCN writes it (`31/08/2024` in its CSV exports, `2024-08-31 00:00:00`
 * in its API), returned as `YYYY-MM-DD`; null when empty. A date that does not exist
 * (`31/02/2024`) is a problem, not a silent roll-over.
 */
export function parseDate(raw: string, column: string, problems: string[]): string | null {
  const value = raw.trim();
  if (value === '') return null;
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  const french = FRENCH.exec(value);
  if (french !== null) {
    [, day, month, year] = french;
  } else {
    const iso = ISO.exec(value);
    if (iso !== null) [, year, month, day] = iso;
  }
  if (year === undefined || month === undefined || day === undefined) {
    problems.push(`${column} : date « ${raw} » illisible (attendu JJ/MM/AAAA)`);
    return null;
  }
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  ) {
    problems.push(`${column} : la date « ${raw} » n’existe pas`);
    return null;
  }
  return `${year}-${month}-${day}`;
}
