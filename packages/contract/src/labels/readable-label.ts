import { ACCENTED_WORDS } from './accented-words.js';
import { DIPLOMA_TYPES, TYPE_TOKENS, titleType } from './diploma-types.js';
import { DOTTED_ABBREVIATIONS, PLAIN_ABBREVIATIONS } from './label-abbreviations.js';
import { isAcronym } from './label-acronyms.js';

/** What the BCN gives about a certification's name. */
export interface LabelSource {
  /** The BCN's long label: LIBELLE_LONG_200 of a diploma, LIBELLE_LONG of a school-route year. */
  libelle: string;
  /** The BCN level of the diploma (NIVEAU_FORMATION_DIPLOME: `500`, `320`, `56T`…), when known. */
  niveau?: string | null;
  /** The BCN's label of that level (`BAC TECHNO`), for a level the diploma types do not name. */
  niveauLibelle?: string | null;
  /** The famille de métiers of a seconde commune, as the BCN writes it (with accents). */
  famille?: string | null;
}

const stripAccents = (word: string) => word.normalize('NFD').replace(/\p{Mn}/gu, '');

/** Capitals without accents → the accented spelling (`VEHICULES` → `véhicules`). */
const ACCENTS: ReadonlyMap<string, string> = new Map(
  ACCENTED_WORDS.split(/\s+/)
    .filter(Boolean)
    .map((word) => [stripAccents(word).toUpperCase().replace(/Œ/g, 'OE'), word]),
);

/** Words after which a lone `A` names an option or a series, not the preposition `à`. */
const LETTER_NAMERS = new Set([
  'OPTION',
  'OPT',
  'SERIE',
  'SECTION',
  'GROUPE',
  'TYPE',
  'CATEGORIE',
  'PERMIS',
  'CLASSE',
  'NIVEAU',
  'DOMAINE',
  'LV',
]);

/** Small words that stay in lower case inside a proper name ("Institut Léonard de Vinci"). */
const NAME_PARTICLES = new Set([
  'D',
  'L',
  'DE',
  'DU',
  'DES',
  'LA',
  'LE',
  'LES',
  'ET',
  'EN',
  'SUR',
  'SOUS',
  'AUX',
]);

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DOTTED = new RegExp(
  `(?<![\\p{L}\\d])(${[...DOTTED_ABBREVIATIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|')})`,
  'gu',
);
const PLAIN = new RegExp(
  `(?<![\\p{L}\\d])(${[...PLAIN_ABBREVIATIONS.keys()].map(literal).join('|')})(?![\\p{L}\\d])`,
  'gu',
);

/** Writes the BCN's abbreviations out, still in capitals, with a space after each. */
function expand(label: string): string {
  return label
    .replace(DOTTED, (found) => `${DOTTED_ABBREVIATIONS.get(found) ?? found} `)
    .replace(PLAIN, (found) => PLAIN_ABBREVIATIONS.get(found) ?? found)
    .replace(/(\p{Lu})\.(?=\p{Lu}{2})/gu, '$1. ');
}

/** One word of a label, in capitals, as it reads in a sentence. */
function caseWord(
  word: string,
  before: string,
  after: string,
  previous: string,
  last: boolean,
): string {
  if (/\d/.test(word)) {
    // Ordinals ("1ERE ANNEE", "3EME", "2NDE"), units ("3ANS"), and codes ("F9", "D1") as they are.
    const ordinal = /^(\d+)(ERE|ER|EME|E|RE|NDE|ND|DE)(S?)$/.exec(word);
    if (ordinal !== null) {
      const [, n = '', suffix = '', plural = ''] = ordinal;
      const ending = suffix === 'ERE' ? 're' : suffix === 'EME' ? 'e' : suffix.toLowerCase();
      return `${n}${ending}${plural.toLowerCase()}`;
    }
    const counted = /^(\d+)(\p{Lu}{2,})$/u.exec(word);
    if (counted === null) return word;
    const [, n = '', unit = ''] = counted;
    return isAcronym(unit) ? word : `${n}${unit.toLowerCase()}`;
  }
  // Elision: "D'ART", "L'ESPACE".
  if (word.length === 1 && /^['’]/.test(after)) return word.toLowerCase();
  if (word === 'A' && !LETTER_NAMERS.has(previous) && /^\s+$/.test(after) && !last) return 'à';
  // "AGENT(E)": a feminine ending, not a letter.
  if (word.length <= 3 && before.endsWith('(') && after.startsWith(')') && previous !== '') {
    return word.toLowerCase();
  }
  if (isAcronym(word)) return word;
  if (word === 'DIPLOME' && previous === 'INGENIEUR') return 'diplômé';
  return ACCENTS.get(word) ?? word.toLowerCase();
}

/** A run of text in capitals, in sentence case (without its first capital). */
function sentenceCase(text: string): string {
  const parts = text.split(/(\p{L}+|\d+\p{L}*)/u);
  let previous = '';
  for (let i = 1; i < parts.length; i += 2) {
    const word = parts[i] ?? '';
    // A word in lower case, or with a capital first, was written by hand ("Métiers"): kept.
    const cased = /^\p{Lu}?\p{Ll}+$/u.test(word)
      ? word
      : caseWord(
          stripAccents(word).toUpperCase(),
          parts[i - 1] ?? '',
          parts[i + 1] ?? '',
          previous,
          i + 2 >= parts.length,
        );
    previous = stripAccents(word).toUpperCase();
    parts[i] = cased;
  }
  return parts.join('');
}

/** A proper name (a university's town, a school): a capital to each word, acronyms kept. */
function nameCase(text: string): string {
  return sentenceCase(text).replace(
    /(^|[\s\-'’(])(\p{Ll})(\p{L}*)/gu,
    (found, lead, first, rest) =>
      NAME_PARTICLES.has(`${first}${rest}`.toUpperCase()) && lead !== '' && lead !== '('
        ? found
        : `${lead}${first.toUpperCase()}${rest}`,
  );
}

/** A capital to the first letter, unless the text starts with a number ("1re année"). */
const capitalize = (text: string) =>
  text.replace(/^([^\p{L}\d]*)(\p{L})/u, (_, lead, first) => `${lead}${first.toUpperCase()}`);

/**
 * Splits the trailing "(BAC PRO)" / "(LP VERSAILLES)" off a long label, and for a title
 * the body awarding it ("(EPSI)"); other parentheses are part of the speciality.
 */
function trailing(
  label: string,
  title: boolean,
): { body: string; type: string | null; rest: string | null } {
  const match = /^(.*\S)\s*\(([^()]*)\)\s*$/.exec(label);
  if (match === null) return { body: label, type: null, rest: null };
  const [, body = label, inside = ''] = match;
  const words = inside.trim().replace(/\s+/g, ' ');
  const type = TYPE_TOKENS.find((token) => words === token || words.startsWith(`${token} `));
  if (type === undefined) {
    return title ? { body, type: null, rest: words } : { body: label, type: null, rest: null };
  }
  const rest = words.slice(type.length).trim();
  return { body, type, rest: rest === '' ? null : rest };
}

/** Types the parentheses name more precisely than the level does (an agricultural BTS at level 320). */
const PRECISE_TYPES: ReadonlyMap<string, string> = new Map([
  ['BAC PRO AG', 'Bac pro agricole'],
  ['BTSA', 'BTSA'],
  ['CAPA', 'CAPA'],
  ['BEPA', 'BEPA'],
]);

/** The type named by the tokens of a label's parentheses, when the level is unknown. */
const TYPE_BY_TOKEN: ReadonlyMap<string, string> = new Map([
  ['BAC PRO', 'Bac pro'],
  ['LP', 'Licence pro'],
  ['LIC PRO', 'Licence pro'],
  ['LICENCE PRO', 'Licence pro'],
  ['LIC LMD', 'Licence'],
  ['MASTER', 'Master'],
  ['BTS', 'BTS'],
  ['CAP', 'CAP'],
  ['TP', 'Titre professionnel'],
]);

/** The BCN's own label of a level as a type ("BAC TECHNO" → "Bac technologique"), if any. */
function levelType(label: string | null): string | null {
  const words = label?.trim() ?? '';
  return words === '' ? null : capitalize(sentenceCase(expand(words)).replace(/\s+/g, ' ').trim());
}

/** Types of the school-route years' labels: "1CAP2" is the first year of a two-year CAP. */
const YEAR_TYPES: ReadonlyMap<string, string> = new Map([
  ['BEP', 'BEP'],
  ['BMA', 'BMA'],
  ['BP', 'BP'],
  ['BPR', 'Bac pro'],
  ['BTS', 'BTS'],
  ['CAP', 'CAP'],
  ['DMA', 'DMA'],
  ['DUT', 'DUT'],
  ['MC', 'MC'],
]);

/** Splits "1CAP2 " (year 1 of a 2-year CAP) off a school-route year's label. */
function schoolYear(label: string): { body: string; type: string; year: string } | null {
  const match = /^([1-3])([A-Z]{2,3})([1-3])\s+(.+)$/.exec(label);
  const type = match === null ? undefined : YEAR_TYPES.get(match[2] ?? '');
  if (match === null || type === undefined) return null;
  const [, year = '', , length = '', body = ''] = match;
  return { body, type, year: `${year === '1' ? '1re' : `${year}e`} année sur ${length}` };
}

/**
 * A label a reader can read, from the BCN's capitals and abbreviations: the diploma type
 * first, then the speciality in sentence case with its accents and its abbreviations
 * written out; acronyms stay in capitals, the university or the awarding body follows in
 * parentheses. "MAINTENANCE DES VEHICULES 2NDE COMMUNE (BAC PRO)" reads "Bac pro
 * Maintenance des véhicules, seconde commune". The official label is kept beside it.
 */
export function readableLabel({
  libelle,
  niveau = null,
  niveauLibelle = null,
  famille = null,
}: LabelSource): string {
  const label = libelle
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\(/g, '(');
  if (label === '') return '';
  const year = schoolYear(label);
  if (year !== null) {
    return `${year.type} ${capitalize(readableLabel({ libelle: year.body }))} (${year.year})`;
  }
  const level = niveau?.trim().toUpperCase() ?? '';
  const { body, type: token, rest } = trailing(label, titleType(level) !== null);
  const named = token === null ? undefined : PRECISE_TYPES.get(token);
  const type =
    named ??
    DIPLOMA_TYPES.get(level) ??
    titleType(level) ??
    (token === null ? undefined : TYPE_BY_TOKEN.get(token)) ??
    levelType(niveauLibelle);
  // A seconde commune: the label ends so (or shortened, "2NDE COM"), or its famille is known.
  const commune = /\s*\b2NDE COM(?:MUNE)?$/.exec(body) ?? (famille?.trim() ? { index: 0 } : null);
  let text = sentenceCase(expand(commune === null ? body : body.slice(0, commune.index)))
    .replace(/\s+([,:;)])/g, (_, mark: string) => (mark === ':' ? ' :' : mark))
    .replace(/\(\s+/g, '(')
    .replace(/\s+/g, ' ')
    .trim();
  if (commune !== null) {
    // The famille de métiers is written with accents in the BCN's own tables.
    const name = famille?.trim() ? famille.trim() : text;
    text = `${name}, seconde commune`;
  }
  const where =
    rest === null
      ? ''
      : ` (${token === null ? nameCase(rest) : nameCase(rest).replace(/^Niveau\b/, 'niveau')})`;
  // "INGENIEUR DIPLOME DE…", "BAC GENERAL THEATRE": the label names its type already.
  const first = (value: string) => stripAccents(value.split(/[\s'’]/)[0] ?? '').toLowerCase();
  const typeNamed = type === null || [first(type), 'ingenieur', 'diplome'].includes(first(text));
  const head = typeNamed ? capitalize(text) : `${type} ${capitalize(text)}`;
  return `${head}${where}`.replace(/\s+/g, ' ').replace(/'/g, '’').trim();
}
