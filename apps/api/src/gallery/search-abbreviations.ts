import { DIPLOMA_TYPES } from '@inserjeunes/contract';
import { searchTerms } from './search-terms.js';

/**
 * The ways readers write one thing, each as a label may spell it. Reviewed against the BCN's
 * long labels (every spelling after the first stands in `nFormationDiplome_.csv`).
 */
export const SPELLINGS: readonly (readonly string[])[] = [
  ['LICENCE PRO', 'LICENCE PROFESSIONNELLE', 'LIC PRO', 'LP'],
  ['BAC PRO', 'BACCALAUREAT PROFESSIONNEL'],
  ['MCO', 'MANAGEMENT COMMERCIAL OPERATIONNEL'],
  ['NDRC', 'NEGOCIATION ET DIGITALISATION DE LA RELATION CLIENT'],
  ['SIO', 'SERVICES INFORMATIQUES AUX ORGANISATIONS'],
  ['GPME', 'GESTION DE LA PME'],
  ['CG', 'COMPTABILITE ET GESTION'],
  ['SAM', 'SUPPORT A L ACTION MANAGERIALE'],
  ['MUC', 'MANAGEMENT DES UNITES COMMERCIALES'],
  ['ASSP', 'ACCOMPAGNEMENT SOINS ET SERVICES A LA PERSONNE'],
  ['AEPE', 'ACCOMPAGNANT EDUCATIF PETITE ENFANCE'],
  ['MELEC', 'METIERS DE L ELECTRICITE ET DE SES ENVIRONNEMENTS CONNECTES'],
  ['CIEL', 'CYBERSECURITE INFORMATIQUE ET RESEAUX ELECTRONIQUE'],
  ['AGORA', 'ASSISTANCE A LA GESTION DES ORGANISATIONS ET DE LEURS ACTIVITES'],
  ['MCV', 'METIERS DU COMMERCE ET DE LA VENTE'],
];

/** Diploma types a reader may name, by the first spelling of their line or by themselves. */
const TYPES: ReadonlyMap<string, string> = new Map([
  ['LICENCE PRO', 'Licence pro'],
  ['BAC PRO', 'Bac pro'],
  ['CAP', 'CAP'],
  ['BTS', 'BTS'],
  ['BTSA', 'BTSA'],
  ['BUT', 'BUT'],
  ['DUT', 'DUT'],
  ['BP', 'BP'],
  ['MC', 'MC'],
  ['MASTER', 'Master'],
]);

/** One thing the query names: any of its spellings in the label, or a level of its type. */
export interface SearchPart {
  /** Each a list of words the label must all contain. */
  spellings: string[][];
  /** BCN levels and SISE types of the diploma type the part names (empty for others). */
  niveaux: string[];
}

function levelsOf(type: string | undefined): string[] {
  if (type === undefined) return [];
  return [...DIPLOMA_TYPES].filter(([, name]) => name === type).map(([code]) => code);
}

const LINES = SPELLINGS.map((line) => line.map((spelling) => spelling.split(' ')));

/**
 * The query's words grouped into what they name: "bts mco" is the type BTS and the
 * speciality MANAGEMENT COMMERCIAL OPERATIONNEL, each found by any of its spellings. Longest
 * spellings are tried first; a word the dictionary does not know stands for itself.
 */
export function searchParts(query: string): SearchPart[] {
  const words = searchTerms(query);
  const parts: SearchPart[] = [];
  let at = 0;
  while (at < words.length) {
    let found: { length: number; line: string[][] } | null = null;
    for (const line of LINES) {
      for (const spelling of line) {
        const fits = spelling.every((word, offset) => words[at + offset] === word);
        if (fits && spelling.length > (found?.length ?? 0)) {
          found = { length: spelling.length, line };
        }
      }
    }
    const word = words[at] ?? '';
    const line = found?.line ?? [[word]];
    const head = line[0]?.join(' ') ?? word;
    parts.push({ spellings: line, niveaux: levelsOf(TYPES.get(head)) });
    at += found?.length ?? 1;
  }
  return parts;
}
