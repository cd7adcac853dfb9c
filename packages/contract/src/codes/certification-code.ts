/**
 * A certification code as partners send it: a CFD (diploma, 8 characters), a MEFSTAT11
 * (school-route year of a diploma, 11 digits) or a SISE code (higher-education diploma,
 * 7 characters), each optionally prefixed with `CFD:`, `MEFSTAT11:` or `SISE:`.
 */
export const CODE_TYPES = ['CFD', 'MEFSTAT11', 'SISE'] as const;
export type CodeType = (typeof CODE_TYPES)[number];

export interface CertificationCode {
  type: CodeType;
  /** The code without its prefix, upper-cased. */
  code: string;
}

const PATTERNS: Record<CodeType, RegExp> = {
  CFD: /^[0-9A-Z]{8}$/,
  // Digits, except the 2nd, 3rd and 6th characters, which the BCN sets to a letter in some
  // recent years (`23J00022103`, a certificat de spécialisation); the 4th stays the year.
  MEFSTAT11: /^[0-9][0-9A-Z]{2}[0-9]{2}[0-9A-Z][0-9]{5}$/,
  SISE: /^[0-9A-Z]{7}$/,
};

const EXPECTED: Record<CodeType, string> = {
  CFD: '8 caractères (chiffres ou lettres majuscules)',
  MEFSTAT11: '11 caractères (chiffres, et une lettre possible en 2e, 3e ou 6e position)',
  SISE: '7 caractères (chiffres ou lettres majuscules)',
};

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Reads one code, with or without prefix; a bare code's type follows from its length. */
export function parseCertificationCode(input: string): ParseResult<CertificationCode> {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'le code est vide' };
  const separator = trimmed.indexOf(':');
  if (separator >= 0) {
    const prefix = trimmed.slice(0, separator).toUpperCase();
    const code = trimmed
      .slice(separator + 1)
      .trim()
      .toUpperCase();
    if (!isCodeType(prefix)) {
      return {
        ok: false,
        reason: `préfixe « ${trimmed.slice(0, separator)} » inconnu (attendu CFD:, MEFSTAT11: ou SISE:)`,
      };
    }
    if (!PATTERNS[prefix].test(code)) {
      return { ok: false, reason: `un code ${prefix} compte ${EXPECTED[prefix]}` };
    }
    return { ok: true, value: { type: prefix, code } };
  }
  const code = trimmed.toUpperCase();
  const type = CODE_TYPES.find((candidate) => PATTERNS[candidate].test(code));
  if (type === undefined) {
    return {
      ok: false,
      reason:
        'code non reconnu : attendu un CFD (8 caractères), un MEFSTAT11 (11 caractères) ou un code SISE (7 caractères)',
    };
  }
  return { ok: true, value: { type, code } };
}

/** Splits a list of codes separated by `,` or `|`, as the API paths accept them. */
export function splitCodes(input: string): string[] {
  return input
    .split(/[,|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The canonical written form, prefix included: `CFD:40025214`. */
export function formatCertificationCode(value: CertificationCode): string {
  return `${value.type}:${value.code}`;
}

export function isCodeType(value: string): value is CodeType {
  return (CODE_TYPES as readonly string[]).includes(value);
}
