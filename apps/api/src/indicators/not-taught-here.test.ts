import type { Filiere } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { notTaughtHere } from './not-taught-here.js';
import { testRow } from './test-rows.js';

const MEF = '23830023303';
const CFD = '40023303';
const here = (code: string, cfd: string, filiere: Filiere) =>
  testRow({ scope: 'formation', millesime: '2023', filiere, code, cfd, uai: '0010001W' });

describe('notTaughtHere', () => {
  const cases: [
    string,
    Filiere[] | undefined,
    { code: string; cfd: string | null },
    ReturnType<typeof here>[],
    boolean,
  ][] = [
    [
      'no figures per formation at all (overall ones only)',
      undefined,
      { code: MEF, cfd: CFD },
      [],
      false,
    ],
    [
      'figures per formation of another voie only',
      ['apprentissage'],
      { code: MEF, cfd: CFD },
      [],
      false,
    ],
    [
      'school figures per formation, none for this year code',
      ['scolaire'],
      { code: MEF, cfd: CFD },
      [],
      true,
    ],
    [
      'its diploma published here under its other code',
      ['scolaire'],
      { code: CFD, cfd: CFD },
      [here(MEF, CFD, 'scolaire')],
      false,
    ],
    [
      'a SISE code where only school figures exist',
      ['scolaire'],
      { code: '2500249', cfd: null },
      [],
      false,
    ],
    [
      'a SISE code where higher-education figures exist',
      ['superieur'],
      { code: '2500249', cfd: null },
      [],
      true,
    ],
  ];
  it.each(cases)('%s', (_, voies, final, rows, expected) => {
    expect(notTaughtHere(voies === undefined ? undefined : new Set(voies), [final], rows)).toBe(
      expected,
    );
  });
});
