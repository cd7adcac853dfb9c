import {
  type CertificationCode,
  type CodeType,
  parseCertificationCode,
  parseMillesime,
  parseUai,
} from '@inserjeunes/contract';

/**
 * A certification code of an expected type (or of any type when `type` is omitted), prefix
 * allowed; null when empty. Problems name the column and say what a valid code looks like.
 */
export function parseCode(
  raw: string,
  column: string,
  problems: string[],
  type?: CodeType,
): CertificationCode | null {
  if (raw === '') return null;
  const parsed = parseCertificationCode(
    type === undefined || raw.includes(':') ? raw : `${type}:${raw}`,
  );
  if (!parsed.ok) {
    problems.push(`${column} : « ${raw} » ${parsed.reason}`);
    return null;
  }
  if (type !== undefined && parsed.value.type !== type) {
    problems.push(
      `${column} : « ${raw} » est un code ${parsed.value.type}, attendu un code ${type}`,
    );
    return null;
  }
  return parsed.value;
}

/** An establishment code with its check letter verified; null when empty. */
export function parseUaiCell(raw: string, column: string, problems: string[]): string | null {
  if (raw === '') return null;
  const parsed = parseUai(raw);
  if (!parsed.ok) {
    problems.push(`${column} : ${parsed.reason}`);
    return null;
  }
  return parsed.value;
}

/** A millésime (`2023` or `2022_2023`); `2022-2023` and `cumul 2022-2023` are read too. */
export function parseMillesimeCell(raw: string, column: string, problems: string[]): string | null {
  const value = raw
    .trim()
    .replace(/^cumul\s+/i, '')
    .replace(/^(\d{4})-(\d{4})$/, '$1_$2');
  if (value === '') {
    problems.push(`${column} : millésime absent`);
    return null;
  }
  const parsed = parseMillesime(value);
  if (!parsed.ok) {
    problems.push(`${column} : « ${raw} » : ${parsed.reason}`);
    return null;
  }
  return parsed.value;
}
