import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPrecedence, type Standing } from './precedence.js';
import { inTransaction } from './transaction.js';

/** An import already made: its dataset, rank and publication date. */
interface Earlier {
  dataset: string;
  rank: number;
  published: string | null;
}

const FILE: Omit<Standing, 'importId'> = {
  dataset: 'b',
  rank: 1,
  published: '2023',
  complete: false,
};

describe.each(testDbTargets())('the precedence rules on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  /**
   * One earlier import wrote the figures of 0751234A (and 0751234B, which the file no longer
   * holds); the file gives 0751234A's again. Rolled back: each case starts from nothing.
   */
  async function run(earlier: Earlier, file: Omit<Standing, 'importId'>) {
    let outcome: { precedence: unknown; left: string[] } | undefined;
    await inTransaction(db, async (tx) => {
      const [made] = await tx.query<{ id: number }>(
        `insert into import (dataset, fichier, sha256, lignes_lues, lignes_importees,
           lignes_inchangees, lignes_rejetees, debut, fin, rang, publie_le)
         values ($1, 'avant.csv', 'x', 2, 2, 0, 0, now(), now(), $2, $3) returning id`,
        [earlier.dataset, earlier.rank, earlier.published],
      );
      for (const uai of ['0751234A', '0751234B']) {
        await tx.query(
          `insert into indicateur (scope, millesime, filiere, uai, nb_annee_term, import_id)
           values ('etablissement', '2021_2022', 'apprentissage', $1, 40, $2)`,
          [uai, made?.id],
        );
      }
      await tx.query(
        `create temp table stage_test on commit drop as
           select scope, millesime, filiere, code, region_code, uai from indicateur with no data`,
      );
      await tx.query(
        `insert into stage_test (scope, millesime, filiere, uai)
         values ('etablissement', '2021_2022', 'apprentissage', '0751234A')`,
      );
      const precedence = await applyPrecedence(tx, 'stage_test', {
        ...file,
        importId: (made?.id ?? 0) + 1,
      });
      const [stage] = await tx.query<{ n: number }>('select count(*)::int as n from stage_test');
      const left = await tx.query<{ uai: string }>('select uai from indicateur order by uai');
      outcome = {
        precedence: { ...precedence, staged: stage?.n },
        left: left.map((row) => row.uai),
      };
      throw new Error('rollback');
    }).catch((error: unknown) => {
      if (!(error instanceof Error) || error.message !== 'rollback') throw error;
    });
    return outcome;
  }

  const both = ['0751234A', '0751234B'];
  const cases: [string, Earlier, Omit<Standing, 'importId'>, object, string[]][] = [
    [
      'another dataset of a higher rank keeps its rows',
      { dataset: 'a', rank: 2, published: null },
      FILE,
      { kept: 1, replaced: 0, removed: 0, staged: 0 },
      both,
    ],
    [
      'another dataset of a lower rank is replaced',
      { dataset: 'a', rank: 0, published: '2030' },
      FILE,
      { kept: 0, replaced: 1, removed: 0, staged: 1 },
      both,
    ],
    [
      'at equal rank, the later publication wins',
      { dataset: 'a', rank: 1, published: '2024' },
      FILE,
      { kept: 1, replaced: 0, removed: 0, staged: 0 },
      both,
    ],
    [
      'at equal rank and date, the later import wins',
      { dataset: 'a', rank: 1, published: '2023' },
      FILE,
      { kept: 0, replaced: 1, removed: 0, staged: 1 },
      both,
    ],
    [
      'a complete file removes what its dataset no longer says',
      { dataset: 'b', rank: 1, published: '2022' },
      { ...FILE, complete: true },
      { kept: 0, replaced: 0, removed: 1, staged: 1 },
      ['0751234A'],
    ],
    [
      'a complete file older than its dataset’s last publication removes nothing',
      { dataset: 'b', rank: 1, published: '2024' },
      { ...FILE, complete: true },
      { kept: 1, replaced: 0, removed: 0, staged: 0 },
      both,
    ],
    [
      'a complete file leaves other datasets’ rows alone',
      { dataset: 'a', rank: 0, published: null },
      { ...FILE, complete: true },
      { kept: 0, replaced: 1, removed: 0, staged: 1 },
      both,
    ],
  ];
  it.each(cases)('%s', async (_, earlier, file, expected, left) => {
    const outcome = await run(earlier, file);
    expect(outcome?.precedence).toMatchObject(expected);
    expect(outcome?.left).toEqual(left);
  });
});
