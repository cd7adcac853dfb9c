import type { CertificationCode } from './codes/certification-code.js';
import { isPostBac } from './codes/diploma-level.js';

/** The reader a widget variant is written for. */
export const AUDIENCES = ['3eme', 'lycee', 'superieur'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** SISE → superieur, BTS and higher → lycee, otherwise 3eme. */
export function inferAudience(code: CertificationCode): Audience {
  if (code.type === 'SISE') return 'superieur';
  return isPostBac(code) ? 'lycee' : '3eme';
}

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
