import {
  type CertificationCode,
  type CodeType,
  parseRegion,
  type Region,
  splitCodes,
} from '@inserjeunes/contract';
import type { Context } from 'hono';
import { type CompatError, validationError } from './compat-error.js';
import {
  ACADEMIE_CODES,
  COLLECTIVITES_OUTRE_MER,
  isCollectiviteOutreMer,
} from './reference-regions.js';

/** The reference's code patterns, tried in this order; its SISE prefix is optional here. */
const CODE_PATTERNS: ReadonlyArray<readonly [CodeType, RegExp]> = [
  ['CFD', /^(?:CFD:)?([0-9A-Z]{8})$/],
  ['MEFSTAT11', /^(?:MEFSTAT11:)?([0-9A-Z]{11})$/],
  ['SISE', /^(?:SISE:)?([0-9A-Z]{7})$/],
];
const UAI = /^[0-9]{7}[A-Z]$/;
const MILLESIME = /^([0-9]{4})(?:_([0-9]{4}))?$/;

/** Rows a list page may hold at most (the reference set no bound). */
export const COMPAT_MAX_ITEMS_PAR_PAGE = 10_000;

/** Every parameter of the compatible routes, read. */
export interface CompatParams {
  codes_certifications?: CertificationCode[];
  code_certification?: CertificationCode;
  code_certifications?: CertificationCode[];
  uai?: string;
  uais?: string[];
  region?: Region;
  regions?: Region[];
  academies?: string[];
  millesime?: string;
  millesimes?: string[];
  vue?: 'filieres';
  page?: number;
  items_par_page?: number;
  direction?: 'horizontal' | 'vertical';
  theme?: 'dsfr' | 'lba';
  imageOnError?: 'true' | 'false' | 'empty';
}
export type CompatParamName = keyof CompatParams;

type Reader = (raw: string, key: string) => unknown;

function readCode(raw: string): CertificationCode | null {
  const value = raw.trim().toUpperCase();
  for (const [type, pattern] of CODE_PATTERNS) {
    const match = pattern.exec(value);
    if (match?.[1] !== undefined) return { type, code: match[1] };
  }
  return null;
}

function codes(message: (key: string) => string, type: string): Reader {
  return (raw, key) => {
    const parts = splitCodes(raw);
    const read = parts.map(readCode);
    if (parts.length === 0 || read.some((code) => code === null)) {
      throw validationError(key, message(key), type, raw);
    }
    const unique = new Map<string, CertificationCode>();
    for (const code of read) if (code !== null) unique.set(code.code, code);
    return [...unique.values()];
  };
}

function millesime(raw: string, key: string): string {
  const match = MILLESIME.exec(raw);
  if (match === null || (match[2] !== undefined && Number(match[2]) < Number(match[1]))) {
    throw validationError(
      key,
      `"${key}" must have format XXXX or XXXX-1_XXXX`,
      'millesime.invalid',
      raw,
    );
  }
  return raw;
}

function uai(raw: string, key: string): string {
  if (!UAI.test(raw)) {
    throw validationError(
      key,
      `"${key}" with value "${raw}" fails to match the required pattern: ${UAI}`,
      'string.pattern.base',
      raw,
    );
  }
  return raw;
}

function region(raw: string, key: string): Region {
  if (raw === '00' || (/^[0-9]{5}$/.test(raw) && isCollectiviteOutreMer(raw))) {
    return COLLECTIVITES_OUTRE_MER;
  }
  const parsed = /^[0-9]{2}$|^[0-9]{5}$/.test(raw) ? parseRegion(raw) : undefined;
  if (parsed === undefined || !parsed.ok) {
    throw validationError(
      key,
      `"${key}" must be a valid postal code or region code`,
      'postal_code.invalid',
      raw,
    );
  }
  return parsed.value;
}

function each<T>(read: (raw: string, key: string) => T): Reader {
  return (raw, key) => {
    const parts = raw.split(',').map((part) => part.trim());
    return parts.map((part, index) => read(part, `${key}[${index}]`));
  };
}

function number(min: number, max: number): Reader {
  return (raw, key) => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) {
      throw validationError(key, `"${key}" must be a number`, 'number.base', raw);
    }
    if (!Number.isInteger(value) || value < min || value > max) {
      throw validationError(
        key,
        `"${key}" must be an integer from ${min} to ${max}`,
        'number.range',
        raw,
      );
    }
    return value;
  };
}

function oneOf(values: readonly string[]): Reader {
  return (raw, key) => {
    if (!values.includes(raw)) {
      throw validationError(key, `"${key}" must be one of [${values.join(', ')}]`, 'any.only', raw);
    }
    return raw;
  };
}

const READERS: Record<CompatParamName, Reader> = {
  codes_certifications: codes(
    (key) => `"${key}" must have the type CFD, MEFSTAT11 or SISE`,
    'codes_certification.invalid',
  ),
  code_certifications: codes(
    (key) => `"${key}" must have the type CFD, MEFSTAT11 or SISE`,
    'codes_certification.invalid',
  ),
  code_certification: (raw, key) => {
    const code = readCode(raw);
    if (code === null) {
      throw validationError(
        key,
        `"${key}" must be a valid certification code.`,
        'code_certification.invalid',
        raw,
      );
    }
    return code;
  },
  uai,
  uais: each(uai),
  region,
  regions: (raw, key) => splitCodes(raw).map((part, index) => region(part, `${key}[${index}]`)),
  academies: each((raw, key) => {
    if (!ACADEMIE_CODES.has(raw)) {
      throw validationError(key, `"${key}" must be a valid academie code`, 'academie.invalid', raw);
    }
    return raw;
  }),
  millesime,
  millesimes: each(millesime),
  vue: oneOf(['filieres']),
  page: number(1, 1_000_000),
  items_par_page: number(1, COMPAT_MAX_ITEMS_PAR_PAGE),
  direction: oneOf(['horizontal', 'vertical']),
  theme: oneOf(['dsfr', 'lba']),
  imageOnError: oneOf(['true', 'false', 'empty']),
};

/**
 * Reads a request's path and query parameters as the reference service did: merged, each
 * checked, an unknown one refused with Joi's message (`"x" is not allowed`). A key in the
 * query string (`apiKey`), which the reference moved into a header, is dropped: the
 * compatible routes need none.
 */
export function readCompatParams(
  c: Context,
  allowed: readonly CompatParamName[],
  path: Partial<Record<CompatParamName, string>> = {},
): CompatParams {
  const values: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(path)) {
    if (raw !== undefined) values[key] = READERS[key as CompatParamName](raw, key);
  }
  const raws: [string, string][] = [];
  const query = c.req.url.includes('?') ? c.req.queries() : {};
  for (const [key, list] of Object.entries(query)) {
    if (key === 'apiKey') continue;
    if (list.length > 1) {
      throw validationError(key, `"${key}" must be given once`, 'any.duplicate', list);
    }
    raws.push([key, list[0] ?? '']);
  }
  for (const [key, raw] of raws) {
    if (
      !(allowed as readonly string[]).includes(key) ||
      !Object.hasOwn(READERS, key) ||
      Object.hasOwn(values, key)
    ) {
      throw validationError(key, `"${key}" is not allowed`, 'object.unknown', raw);
    }
    values[key] = READERS[key as CompatParamName](raw, key);
  }
  return values as CompatParams;
}

/** 400 for an extension a route does not answer (`.pdf`, or `.csv` on a single route). */
export function unsupportedExtension(ext: string, accepted: readonly string[]): CompatError {
  return validationError('ext', `"ext" must be one of [${accepted.join(', ')}]`, 'any.only', ext);
}
