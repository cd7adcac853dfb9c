import { existsSync, readFileSync } from 'node:fs';
import { sharedDataDir } from '@inserjeunes/db/testing';
import { describe, expect, it } from 'vitest';
import { SPELLINGS, searchParts } from './search-abbreviations.js';

describe('searchParts', () => {
  it('reads "BTS MCO" as the type BTS and the speciality under any of its spellings', () => {
    const [type, speciality, ...rest] = searchParts('BTS MCO');
    expect(type?.spellings).toEqual([['BTS']]);
    expect(type?.niveaux).toContain('320');
    expect(speciality).toEqual({
      spellings: [['MCO'], ['MANAGEMENT', 'COMMERCIAL', 'OPERATIONNEL']],
      niveaux: [],
    });
    expect(rest).toEqual([]);
  });

  it('takes the longest spelling: "licence pro" is one type, found by its levels too', () => {
    const [type, word, ...rest] = searchParts('Licence pro management');
    expect(type?.spellings).toEqual([
      ['LICENCE', 'PRO'],
      ['LICENCE', 'PROFESSIONNELLE'],
      ['LIC', 'PRO'],
      ['LP'],
    ]);
    expect(type?.niveaux).toEqual(expect.arrayContaining(['250', 'DP', 'DL']));
    expect(type?.niveaux).not.toContain('200');
    expect(word).toEqual({ spellings: [['MANAGEMENT']], niveaux: [] });
    expect(rest).toEqual([]);
  });

  it('finds a line by any of its spellings, accents and case aside', () => {
    expect(searchParts('bts sio')[1]?.spellings[0]).toEqual(['SIO']);
    expect(searchParts('lp')[0]?.spellings[0]).toEqual(['LICENCE', 'PRO']);
    expect(searchParts('Baccalauréat professionnel')).toHaveLength(1);
  });

  it('keeps a word the dictionary does not know as it is', () => {
    expect(searchParts('cuisine')).toEqual([{ spellings: [['CUISINE']], niveaux: [] }]);
  });
});

const LABELS = `${sharedDataDir()}bcn/nFormationDiplome_.csv`;

/** A label's words in order, repeats kept, as the dictionary spells them. */
const spelled = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
    .split(/[^0-9A-Z]+/)
    .filter((word) => word !== '')
    .join(' ');
const present = existsSync(LABELS);
if (!present) console.warn(`skipped: abbreviations against the BCN's labels, ${LABELS} is absent`);

describe.runIf(present)('the abbreviations, reviewed against the BCN', () => {
  it('spells each speciality as at least one long label of nFormationDiplome_ does', () => {
    const labels = present
      ? readFileSync(LABELS, 'latin1')
          .split(/\r?\n/)
          .map((line) => spelled(line.split(';')[7] ?? ''))
      : [];
    const unmatched = SPELLINGS.flatMap((line) => line.slice(1))
      .filter((spelling) => spelling.split(' ').length > 2)
      .filter((spelling) => !labels.some((label) => ` ${label} `.includes(` ${spelling} `)));
    expect(unmatched).toEqual([]);
  });
});
