/** A value of the InserSup API: a count (or rate) and the marker that may follow it. */
export interface InserSupValue {
  value: number | null;
  /**
   * `*`: computed on two cumulated promotions because one was too small;
   * `**`: cumulation was not possible, the value is for one promotion.
   */
  marker: '' | '*' | '**';
}

/** Not published: shared, as most cells of a national file are. */
const NONE: Readonly<InserSupValue> = { value: null, marker: '' };
const VALUE = /^\s*(-?\d+(?:[.,]\d+)?)\s*(\*{0,2})\s*$/;

/**
 * Reads an InserSup value: a string (`"54"`, `"54,6"`, `"130 *"`, `"12 **"`), a number, or
 * `na` / `nd` / null for not published.
 */
export function parseInserSupValue(
  raw: unknown,
  column: string,
  problems: string[],
): InserSupValue {
  if (raw === null || raw === undefined) return { value: null, marker: '' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) problems.push(`${column} : valeur « ${raw} » illisible`);
    return { value: Number.isFinite(raw) ? raw : null, marker: '' };
  }
  if (typeof raw !== 'string') {
    problems.push(`${column} : valeur de type ${typeof raw} inattendue`);
    return { value: null, marker: '' };
  }
  const digits = plainCount(raw);
  if (digits >= 0) return { value: digits, marker: '' };
  if (raw === '' || raw === 'nd' || raw === 'na') return NONE;
  if (isPlainDecimal(raw)) return { value: Number(raw.replace(',', '.')), marker: '' };
  const text = raw.trim().toLowerCase();
  if (text === '' || text === 'na' || text === 'nd') return NONE;
  const match = VALUE.exec(text);
  if (match === null) {
    problems.push(`${column} : « ${raw} » n’est pas un nombre`);
    return { value: null, marker: '' };
  }
  return {
    value: Number((match[1] ?? '').replace(',', '.')),
    marker: (match[2] ?? '') as InserSupValue['marker'],
  };
}

/**
 * The value of a cell made of one to nine digits and nothing else (most cells of a national
 * file), read without a regular expression; -1 for any other text.
 */
function plainCount(raw: string): number {
  const n = raw.length;
  if (n === 0 || n > 9) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether a cell is digits, a point or a comma, digits, and nothing else (`53.33`, as most
 * rates of a national file are): what the regular expression would read, without it.
 */
function isPlainDecimal(raw: string): boolean {
  const n = raw.length;
  let separator = -1;
  for (let i = 0; i < n; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    if ((code !== 46 && code !== 44) || separator >= 0) return false;
    separator = i;
  }
  return separator > 0 && separator < n - 1;
}

/**
 * An InserSup count (see {@link parseInserSupCount}), its value only: a cell of plain digits,
 * as most are, is read without building a value object.
 */
export function inserSupCountValue(raw: string, column: string, problems: string[]): number | null {
  const digits = plainCount(raw);
  return digits >= 0 ? digits : parseInserSupCount(raw, column, problems).value;
}

/** An InserSup count: a non-negative integer. */
export function parseInserSupCount(
  raw: unknown,
  column: string,
  problems: string[],
): InserSupValue {
  const parsed = parseInserSupValue(raw, column, problems);
  if (parsed.value !== null && (!Number.isInteger(parsed.value) || parsed.value < 0)) {
    problems.push(
      parsed.value < 0
        ? `${column} : effectif négatif (${parsed.value})`
        : `${column} : « ${String(raw)} » n’est pas un nombre entier`,
    );
    return { value: null, marker: parsed.marker };
  }
  return parsed;
}

/** An InserSup rate: within 0–100. */
export function parseInserSupRate(raw: unknown, column: string, problems: string[]): number | null {
  if (typeof raw === 'string') {
    const digits = plainCount(raw);
    if (digits >= 0 && digits <= 100) return digits;
  }
  const { value } = parseInserSupValue(raw, column, problems);
  if (value !== null && (value < 0 || value > 100)) {
    problems.push(`${column} : taux impossible (${String(raw)}), attendu entre 0 et 100`);
    return null;
  }
  return value;
}
