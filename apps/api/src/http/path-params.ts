import {
  type CertificationCode,
  parseCertificationCode,
  parseRegion,
  parseUai,
  type Region,
  splitCodes,
} from '@inserjeunes/contract';
import { invalidParameter } from './api-failure.js';
import type { PathParam } from './define-route.js';

const MAX_CODES = 50;

/** Reads the `:codes` path segment: one code, or several separated by `,` or `|`. */
export function readCodes(raw: string, parametre = 'codes'): CertificationCode[] {
  const parts = splitCodes(raw);
  if (parts.length === 0) throw invalidParameter(parametre, 'aucun code donné', raw);
  if (parts.length > MAX_CODES) throw invalidParameter(parametre, `au plus ${MAX_CODES} codes`);
  const codes: CertificationCode[] = [];
  for (const part of parts) {
    const parsed = parseCertificationCode(part);
    if (!parsed.ok) throw invalidParameter(parametre, `« ${part} » : ${parsed.reason}`, part);
    if (!codes.some((code) => code.code === parsed.value.code)) codes.push(parsed.value);
  }
  return codes;
}

export function readRegion(raw: string, parametre = 'region'): Region {
  const parsed = parseRegion(raw);
  if (!parsed.ok) throw invalidParameter(parametre, parsed.reason, raw);
  return parsed.value;
}

export function readUai(raw: string, parametre = 'uai'): string {
  const parsed = parseUai(raw);
  if (!parsed.ok) throw invalidParameter(parametre, parsed.reason, raw);
  return parsed.value;
}

/** The `:codes` segment of the figure routes. */
export const codesParam: PathParam<CertificationCode[]> = {
  description:
    'Un ou plusieurs codes (CFD, MEFSTAT11, SISE, préfixés ou non) séparés par « , » ou « | ».',
  read: (raw) => readCodes(raw),
};

/** The `:region` segment of the regional routes. */
export const regionParam: PathParam<Region> = {
  description: 'Code de région INSEE (11, 84…) ou code postal d’une commune de la région.',
  read: (raw) => readRegion(raw),
};
