import {
  AUDIENCES,
  type Audience,
  type CertificationCode,
  FILIERES,
  type Filiere,
  ITEMS_PAR_PAGE_MAX,
  type ParseResult,
  parseCertificationCode,
  parseMillesime,
  parseRegion,
  parseUai,
  type Region,
  SCOPES,
  type Scope,
  splitCodes,
} from '@inserjeunes/contract';
import { documentedText, oneOf, parsedParam } from './parsed-param.js';
import type { QueryParam } from './read-query.js';

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = <T>(reason: string): ParseResult<T> => ({ ok: false, reason });

function list<T>(
  parseOne: (raw: string) => ParseResult<T>,
  max = 1000,
): (raw: string) => ParseResult<T[]> {
  return (raw) => {
    const parts = splitCodes(raw);
    if (parts.length === 0) return fail('la liste est vide');
    if (parts.length > max) return fail(`au plus ${max} valeurs`);
    const values: T[] = [];
    for (const part of parts) {
      const parsed = parseOne(part);
      if (!parsed.ok) return fail(`« ${part} » : ${parsed.reason}`);
      values.push(parsed.value);
    }
    return ok(values);
  };
}

function integer(min: number, max: number): (raw: string) => ParseResult<number> {
  return (raw) => {
    const value = Number(raw);
    if (!/^[0-9]+$/.test(raw) || value < min || value > max) {
      return fail(`attendu un entier de ${min} à ${max}`);
    }
    return ok(value);
  };
}

/** A day that exists: `Date` would roll 2025-02-30 over to 2 March, the database refuses it. */
function isCalendarDate(raw: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(raw)) return false;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(raw);
}

const millesime: QueryParam<string> = {
  description: 'Millésime (AAAA ou AAAA_AAAA). Par défaut le plus récent pour ce périmètre.',
  schema: parsedParam(parseMillesime, documentedText({ pattern: /^[0-9]{4}(_[0-9]{4})?$/ })),
};

const filiere: QueryParam<Filiere> = {
  description: 'Filière : scolaire, apprentissage, agricole ou superieur.',
  schema: oneOf(FILIERES),
};

const region: QueryParam<Region> = {
  description: 'Région : code INSEE (11, 84…) ou code postal d’une de ses communes.',
  schema: parsedParam(parseRegion, documentedText({ pattern: /^[0-9]{1,2}$|^[0-9]{5}$/ })),
};

const uai: QueryParam<string> = {
  description: 'UAI de l’établissement (7 chiffres et la lettre de contrôle).',
  schema: parsedParam(parseUai, documentedText({ pattern: /^[0-9]{7}[A-Za-z]$/ })),
};

const VERSION_WIDGET = /^[0-9A-Za-z._-]{1,32}$/;

/** The query parameters routes share, each with its description and its one schema. */
export const queryParams = {
  millesime,
  filiere,
  region,
  uai,
  voie: { ...filiere, description: 'Ne garder que cette filière (voie).' },
  vue: {
    description: '`filieres` : un bloc par filière, taux recalculés sur les effectifs sommés.',
    schema: oneOf(['filieres']),
  } satisfies QueryParam<'filieres'>,
  millesimes: {
    description: 'Millésimes, séparés par des virgules.',
    schema: parsedParam(list(parseMillesime, 50)),
  } satisfies QueryParam<string[]>,
  codes: {
    description: 'Codes de certification (CFD, MEFSTAT11, SISE), séparés par des virgules.',
    schema: parsedParam(list(parseCertificationCode)),
  } satisfies QueryParam<CertificationCode[]>,
  regions: {
    description: 'Régions (codes INSEE ou codes postaux), séparées par des virgules.',
    schema: parsedParam(list(parseRegion, 100)),
  } satisfies QueryParam<Region[]>,
  academies: {
    description: 'Académies (codes), séparées par des virgules.',
    schema: parsedParam(
      list(
        (raw) =>
          /^[0-9A-Z]{1,3}$/i.test(raw)
            ? ok(raw.toUpperCase().padStart(2, '0'))
            : fail('un code d’académie compte 1 à 3 caractères'),
        100,
      ),
    ),
  } satisfies QueryParam<string[]>,
  uais: {
    description: 'UAI, séparés par des virgules.',
    schema: parsedParam(list(parseUai)),
  } satisfies QueryParam<string[]>,
  scope: {
    description: 'Périmètre : national, regional, formation ou etablissement.',
    schema: oneOf(SCOPES),
  } satisfies QueryParam<Scope>,
  page: {
    description: 'Numéro de page, à partir de 1.',
    schema: parsedParam(integer(1, 1_000_000), documentedText({ pattern: /^[0-9]+$/ })),
  } satisfies QueryParam<number>,
  items_par_page: {
    description: `Lignes par page (20 par défaut, ${ITEMS_PAR_PAGE_MAX} au plus).`,
    schema: parsedParam(integer(1, ITEMS_PAR_PAGE_MAX), documentedText({ pattern: /^[0-9]+$/ })),
  } satisfies QueryParam<number>,
  audience: {
    description: 'Variante du widget qui appelle : 3eme, lycee ou superieur.',
    schema: oneOf(AUDIENCES),
  } satisfies QueryParam<Audience>,
  widget: {
    description: 'Version du widget qui appelle (compte les vues du widget par partenaire).',
    schema: parsedParam(
      (raw) =>
        VERSION_WIDGET.test(raw)
          ? ok(raw)
          : fail('une version de widget compte 1 à 32 caractères parmi lettres, chiffres, . _ -'),
      documentedText({ pattern: VERSION_WIDGET }),
    ),
  } satisfies QueryParam<string>,
  date: {
    description: 'Date AAAA-MM-JJ.',
    schema: parsedParam(
      (raw) => (isCalendarDate(raw) ? ok(raw) : fail('attendu une date AAAA-MM-JJ qui existe')),
      documentedText({ pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/ }),
    ),
  } satisfies QueryParam<string>,
} as const;
