import type { SeededRandom } from '../seeded-random.js';

/** Values the database holds, so that some requests reach the code behind the checks. */
export interface KnownValues {
  codes: string[];
  /** Establishments with the codes they teach (figures at the formation scope). */
  formations: { uai: string; code: string }[];
  uais: string[];
  regions: string[];
  millesimes: string[];
}

/** What a parameter is about, guessed from its name; it chooses the near-valid values drawn. */
export type ValueKind =
  | 'code'
  | 'uai'
  | 'region'
  | 'millesime'
  | 'integer'
  | 'filiere'
  | 'date'
  | 'text'
  | 'academie'
  | 'enum';

/**
 * Marks markup the fuzzer sends: a page that echoes it unescaped would run a partner's
 * visitor's script. The judge looks for it in every HTML answer.
 */
export const MARKUP_MARKER = '<ij-fuzz-x';

/** Inputs that have broken web services before: injections, encodings, sizes, edge numbers. */
const HOSTILE: readonly string[] = [
  '',
  ' ',
  '\t',
  '%',
  '%%',
  '..',
  '../..',
  '/',
  '\\',
  '\u0000',
  'a\u0000b',
  "' OR 1=1 --",
  "'; DROP TABLE indicateur; --",
  '1; select pg_sleep(10)',
  "$1'::text",
  '" onmouseover="alert(1)',
  `${MARKUP_MARKER} onload=alert(1)>`,
  `<script>alert(1)</script>${MARKUP_MARKER}>`,
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  // A template placeholder, as a string: what a server-side template engine would evaluate.
  ['$', '{7*7}'].join(''),
  '{{7*7}}',
  '=HYPERLINK("https://example.com","x")',
  "=cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '+33123',
  '-1',
  '0',
  '00',
  '1.5',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '9007199254740993',
  '9'.repeat(400),
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\r\nX-Injection: 1',
  '\u202e',
  '\ud800',
  '\udfff\ud800',
  'İı',
  'ß',
  'ﬀ',
  '１２３４５６７８',
  '٤٠٠٢٥٢١٤',
  '🎓',
  '👩‍🎓'.repeat(50),
  'é'.repeat(2000),
  'a'.repeat(9000),
  ',',
  '|',
  ',,,|||',
  'a,'.repeat(3000),
  'CFD:',
  'SISE:',
  'MEFSTAT11:',
  'XYZ:40025214',
  ' cfd : 40025214 ',
  'CFD:CFD:40025214',
];

/** Random bytes of every kind of character, unpaired surrogates and controls included. */
function noise(random: SeededRandom): string {
  const length = random.pick([1, 3, 8, 11, 40, 300]);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += String.fromCharCode(
      random.chance(0.6)
        ? 32 + random.int(95)
        : random.chance(0.5)
          ? random.int(32)
          : random.int(0xffff),
    );
  }
  return text;
}

function digits(random: SeededRandom, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(random.int(10));
  return text;
}

/**
 * A value for a parameter of `kind`: valid with probability `1 - hostility`, else near-valid
 * (one character off), hostile or noise.
 */
export function drawValue(
  random: SeededRandom,
  kind: ValueKind,
  known: KnownValues,
  hostility = 0.65,
): string {
  if (!random.chance(hostility)) return validValue(random, kind, known);
  const roll = random.next();
  if (roll < 0.4) return mutate(random, validValue(random, kind, known));
  if (roll < 0.85) return random.pick(HOSTILE);
  return noise(random);
}

function validValue(random: SeededRandom, kind: ValueKind, known: KnownValues): string {
  const from = (values: string[], fallback: () => string) =>
    values.length > 0 && random.chance(0.8) ? random.pick(values) : fallback();
  switch (kind) {
    case 'code':
      return from(known.codes, () =>
        random.pick([digits(random, 8), digits(random, 11), digits(random, 7)]),
      );
    case 'uai':
      return from(
        known.uais,
        () => `${digits(random, 7)}${String.fromCharCode(65 + random.int(26))}`,
      );
    case 'region':
      return from(known.regions, () => random.pick([digits(random, 2), digits(random, 5)]));
    case 'millesime':
      return from(known.millesimes, () => {
        const year = 2015 + random.int(15);
        return random.chance(0.5) ? String(year) : `${year}_${year + 1}`;
      });
    case 'integer':
      return String(random.pick([1, 2, 3, 20, 499, 500, 501, 1_000_000, 1_000_001]));
    case 'filiere':
      return random.pick(['scolaire', 'apprentissage', 'agricole', 'superieur']);
    case 'date':
      return random.pick(['2025-01-01', '2025-02-30', '1900-01-01', '2999-12-31', '2025-13-01']);
    case 'academie':
      return random.pick(['01', '10', 'A', '1', '999']);
    case 'enum':
      return random.pick([
        'filieres',
        'national',
        'regional',
        'formation',
        'etablissement',
        '3eme',
        'lycee',
        'superieur',
        'json',
        'csv',
        '1.0.0',
      ]);
    case 'text':
      return random.pick(['cap', 'boulanger', 'bts commerce', 'Bac pro', 'électricien', 'x']);
  }
}

/** One character changed, added, dropped, or the case flipped: the edges of each check. */
function mutate(random: SeededRandom, value: string): string {
  const at = random.int(value.length + 1);
  switch (random.int(6)) {
    case 0:
      return value.slice(0, at) + value.slice(at + 1);
    case 1:
      return value.slice(0, at) + String.fromCharCode(32 + random.int(95)) + value.slice(at);
    case 2:
      return value.slice(0, at) + String.fromCharCode(32 + random.int(95)) + value.slice(at + 1);
    case 3:
      return value.toLowerCase() === value ? value.toUpperCase() : value.toLowerCase();
    case 4:
      return ` ${value} `;
    default:
      return `${value}${random.pick([',', '|', ';', ':', '-', '/', '.'])}${value}`;
  }
}

/** A list value (`codes=a,b|c`): several values, valid or not, with either separator. */
export function drawList(
  random: SeededRandom,
  kind: ValueKind,
  known: KnownValues,
  hostility = 0.65,
): string {
  if (random.chance(hostility * 0.15)) return random.pick(HOSTILE);
  const count = random.chance(hostility)
    ? random.pick([1, 2, 3, 10, 51, 101, 1001])
    : random.pick([1, 1, 1, 2, 3]);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(drawValue(random, kind, known, hostility));
  return parts.join(random.chance(hostility) ? random.pick([',', '|', ', ', ',,']) : ',');
}

/** The value kind of a parameter, from its name. */
export function kindOf(name: string): ValueKind {
  if (/^codes?$|^code_/.test(name)) return 'code';
  if (/^uais?$/.test(name)) return 'uai';
  if (/^regions?$/.test(name)) return 'region';
  if (/^millesimes?$/.test(name)) return 'millesime';
  if (/page/.test(name)) return 'integer';
  if (/^(filiere|voie)$/.test(name)) return 'filiere';
  if (/^(du|au|date)$/.test(name)) return 'date';
  if (/^academies?$/.test(name)) return 'academie';
  if (/^(vue|scope|audience|format|widget)$/.test(name)) return 'enum';
  return 'text';
}

/** A path value, percent-encoded as a client would, or inserted raw with its slashes and dots. */
export function encodePathValue(random: SeededRandom, value: string, hostility = 0.65): string {
  const roll = random.next() * hostility;
  if (roll < 0.45) return encodeURIComponent(safeForUri(value));
  if (roll < 0.55) {
    return random.pick([
      '%2F',
      '%2f',
      '%2e%2e',
      '%2E%2E%2F',
      '%5C',
      '%00',
      '%252F',
      '%C0%AF',
      '%E0%A4%A',
      '%FF',
      '%u002e',
      '%',
    ]);
  }
  // Raw, as a careless client would send it: only what a URL can carry at all.
  return [...safeForUri(value)]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code <= 0x20 || code >= 0x7f || '#?%'.includes(char) ? encodeURIComponent(char) : char;
    })
    .join('');
}

/** A lone surrogate cannot be percent-encoded: clients send U+FFFD instead. */
function safeForUri(value: string): string {
  return value.replace(/[\ud800-\udfff]/g, (char, index: number) => {
    const code = value.charCodeAt(index);
    const next = value.charCodeAt(index + 1);
    const previous = value.charCodeAt(index - 1);
    const paired =
      (code < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) ||
      (code >= 0xdc00 && previous >= 0xd800 && previous < 0xdc00);
    return paired ? char : '\ufffd';
  });
}
