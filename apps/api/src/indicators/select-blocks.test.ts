import type { Filiere } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { rowsForCodes, selectBlocks } from './select-blocks.js';
import { testRow } from './test-rows.js';

const CFD = '40025214';
const MEF = '24725214310';
const row = (filiere: Filiere, millesime: string, code = CFD, cfd: string | null = CFD) =>
  testRow({
    scope: 'national',
    filiere,
    millesime,
    code,
    cfd,
    code_type: code === MEF ? 'MEFSTAT11' : 'CFD',
  });

describe('selectBlocks', () => {
  const rows = [
    row('scolaire', '2021_2022'),
    row('scolaire', '2022_2023'),
    row('apprentissage', '2021_2022'),
  ];
  const cases: [string, Parameters<typeof selectBlocks>[1], [Filiere, string][]][] = [
    [
      'each filière at its own latest millésime, in the contract’s order',
      {},
      [
        ['scolaire', '2022_2023'],
        ['apprentissage', '2021_2022'],
      ],
    ],
    [
      'the millésime asked for, where a filière has it',
      { millesime: '2021_2022' },
      [
        ['scolaire', '2021_2022'],
        ['apprentissage', '2021_2022'],
      ],
    ],
    ['one filière only', { filiere: 'scolaire' }, [['scolaire', '2022_2023']]],
    ['a millésime nobody has', { millesime: '2015_2016' }, []],
    ['a filière without rows', { filiere: 'agricole' }, []],
  ];
  it.each(cases)('%s', (_, query, expected) => {
    const blocks = selectBlocks(rows, query);
    expect(blocks.map((block) => [block.filiere, block.millesime])).toEqual(expected);
    for (const block of blocks) {
      expect(block.rows.every((r) => r.millesime === block.millesime)).toBe(true);
    }
  });
});

describe('rowsForCodes', () => {
  const ownSchool = row('scolaire', '2022_2023', MEF, CFD);
  const diplomaApprentices = row('apprentissage', '2022_2023', CFD, CFD);
  const diplomaSchool = row('scolaire', '2022_2023', CFD, CFD);
  const otherDiploma = row('apprentissage', '2022_2023', '50000001', '50000001');
  const rows = [ownSchool, diplomaApprentices, diplomaSchool, otherDiploma];
  const cases: [string, 'exact' | 'filieres', typeof rows][] = [
    ['exact keeps the code’s own rows', 'exact', [ownSchool]],
    [
      'filieres borrows the diploma’s rows of the filières the code lacks',
      'filieres',
      [ownSchool, diplomaApprentices],
    ],
  ];
  it.each(cases)('%s', (_, mode, expected) => {
    expect(rowsForCodes(rows, [{ code: MEF, cfd: CFD }], mode)).toEqual(expected);
  });

  it('gives a CFD the school rows of its year codes and its own apprentices', () => {
    const yearRow = row('scolaire', '2022_2023', MEF, CFD);
    const kept = rowsForCodes([yearRow, diplomaApprentices], [{ code: CFD, cfd: CFD }], 'filieres');
    expect(kept).toEqual([diplomaApprentices, yearRow]);
  });
});
