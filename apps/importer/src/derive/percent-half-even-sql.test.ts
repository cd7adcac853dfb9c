import { percentHalfEven } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentHalfEvenSql } from './percent-half-even-sql.js';

describe.each(testDbTargets())('percentHalfEvenSql on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  /** The SQL rule's answers for these pairs, in one statement. */
  async function inSql(pairs: readonly (readonly [number | null, number | null])[]) {
    const rows = await db.query<{ i: number; p: number | null }>(
      `select t.i::int as i, ${percentHalfEvenSql('t.n', 't.d')}::int as p
         from unnest($1::int[], $2::int[]) with ordinality as t(n, d, i)
        order by t.i`,
      [pairs.map(([n]) => n), pairs.map(([, d]) => d)],
    );
    return rows.map((row) => row.p);
  }

  it('rounds every share of up to 400 students exactly as the contract does', async () => {
    const pairs: [number, number][] = [];
    for (let d = 1; d <= 400; d++) for (let n = 0; n <= d; n++) pairs.push([n, d]);
    const expected = pairs.map(([n, d]) => percentHalfEven(n, d));
    expect(await inSql(pairs)).toEqual(expected);
    // The ties are there: 1/8 = 12.5 % → 12, 3/8 = 37.5 % → 38.
    expect(expected[pairs.findIndex(([n, d]) => n === 1 && d === 8)]).toBe(12);
    expect(expected[pairs.findIndex(([n, d]) => n === 3 && d === 8)]).toBe(38);
  });

  it('agrees on large counts, numerators above the denominator and negative numerators', async () => {
    const pairs: [number, number][] = [];
    let seed = 7;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const d = 1 + (seed % 1_000_000);
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const n = (seed % 3_000_000) - 1_000_000;
      pairs.push([n, d]);
    }
    pairs.push([-1, 8], [-3, 8], [-5, 200], [5, 2], [20_000_000, 3]);
    expect(await inSql(pairs)).toEqual(pairs.map(([n, d]) => percentHalfEven(n, d)));
  });

  it('gives null when a count is missing or the denominator is zero, like the contract’s shares', async () => {
    expect(
      await inSql([
        [null, 10],
        [3, null],
        [0, 0],
        [5, 0],
      ]),
    ).toEqual([null, null, null, null]);
  });
});
