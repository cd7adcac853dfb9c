import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../testing/shared-data-dir.js';
import { DOTTED_ABBREVIATIONS } from './label-abbreviations.js';
import { isAcronym } from './label-acronyms.js';
import { readableLabel } from './readable-label.js';

const BCN = `${sharedDataDir()}bcn/`;
const present = existsSync(BCN);
if (!present) console.warn(`skipped: readable labels of the official files, ${BCN} is absent`);

/** The BCN's other tables with a label in capitals: file, encoding, column. */
const OTHER_TABLES: readonly [string, 'utf8' | 'latin1', string][] = [
  ['nNiveauFormationDiplome_.csv', 'latin1', 'LIBELLE_100'],
  ['nDispositifFormation_.csv', 'utf8', 'LIBELLE_LONG'],
  ['n_famille_metier_spec_pro.csv', 'latin1', 'LIBELLE_LONG'],
  ['n_groupe_formation_.csv', 'utf8', 'LIBELLE_LONG'],
  ['n_type_groupe_formation_.csv', 'utf8', 'LIBELLE_LONG'],
  ['n_groupe_specialite_.csv', 'utf8', 'LIBELLE_LONG'],
  ['n_domaine_specialite_.csv', 'utf8', 'LIBELLE_LONG'],
  ['n_categorie_specialite_.csv', 'utf8', 'LIBELLE_LONG'],
];

/** The rows of one of the BCN's `;`-separated files, in its own encoding. */
function rows(file: string, encoding: 'utf8' | 'latin1'): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(`${BCN}${file}`, encoding)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const names = header.split(';');
  return lines.map((line) => {
    const cells = line.split(';');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** Words of a readable label still written in capitals, acronyms apart. */
const shouting = (label: string) =>
  (label.match(/\p{L}+/gu) ?? []).filter(
    (word) => word.length > 1 && word === word.toUpperCase() && !isAcronym(word),
  );

describe.runIf(present)('readable labels of every label of the BCN files', () => {
  const sources = present
    ? [
        ...rows('nFormationDiplome_.csv', 'latin1').map((row) => ({
          libelle: row.LIBELLE_LONG_200 ?? '',
          niveau: row.NIVEAU_FORMATION_DIPLOME ?? null,
        })),
        ...rows('vFormationDiplome_.csv', 'utf8').map((row) => ({
          libelle: row.LIBELLE_LONG_200 ?? '',
          niveau: row.NIVEAU_FORMATION_DIPLOME ?? null,
        })),
        ...rows('nMef.csv', 'utf8').map((row) => ({
          libelle: row.LIBELLE_LONG ?? '',
          niveau: null,
        })),
        // The other tables' labels: levels, dispositifs, familles, groups and domains.
        ...OTHER_TABLES.flatMap(([file, encoding, column]) =>
          rows(file, encoding).map((row) => ({ libelle: row[column] ?? '', niveau: null })),
        ),
      ].filter((source) => source.libelle.trim() !== '')
    : [];

  it('leaves no word in capitals but acronyms, and starts with a capital', () => {
    expect(sources.length).toBeGreaterThan(25_000);
    const faults: string[] = [];
    for (const source of sources) {
      const label = readableLabel(source);
      const loud = shouting(label);
      if (loud.length > 0 || !/^[\p{Lu}\d]/u.test(label)) {
        faults.push(`${source.libelle} → ${label} (${loud.join(', ')})`);
      }
    }
    expect(faults.slice(0, 20)).toEqual([]);
  });

  it('writes out the abbreviations of the dictionary and leaves no doubled or stray space', () => {
    const escaped = [...DOTTED_ABBREVIATIONS.keys()].map((key) => key.replace(/\./g, '\\.'));
    const unexpanded = new RegExp(`(^|[^\\p{L}])(${escaped.join('|')})`, 'u');
    const faults: string[] = [];
    for (const source of sources) {
      const label = readableLabel(source);
      if (unexpanded.test(label.toUpperCase()) || /\s{2}|\s[,)]|\(\s/.test(label)) {
        faults.push(`${source.libelle} → ${label}`);
      }
    }
    expect(faults.slice(0, 20)).toEqual([]);
  });

  it('puts the diploma type first for the diplomas of InserJeunes', () => {
    const types: Record<string, string[]> = {
      '500': ['CAP ', 'CAPA '],
      '400': ['Bac pro '],
      '320': ['BTS ', 'BTSA '],
      '250': ['Licence pro '],
      '010': ['MC '],
    };
    for (const source of sources) {
      const type = source.niveau === null ? undefined : types[source.niveau];
      if (type === undefined) continue;
      const label = readableLabel(source);
      if (/^(INGENIEUR|DIPLOME)/.test(source.libelle)) continue;
      const first = type.some((name) => label.startsWith(name));
      expect(first, `${source.libelle} → ${label}`).toBe(true);
    }
  });
});
