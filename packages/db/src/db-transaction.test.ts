import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from './create-db.js';
import { testDbTargets } from './testing.js';

describe.each(testDbTargets())('a transaction on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('commits what its work wrote and returns what the work returned', async () => {
    const returned = await handle.transaction(async (tx) => {
      await tx.query('insert into region (code, libelle) values ($1, $2)', ['84', 'Auvergne']);
      const [row] = await tx.query<{ n: number }>('select count(*)::int as n from region');
      return row?.n;
    });
    expect(returned).toBe(1);
    expect(await handle.query('select code from region')).toEqual([{ code: '84' }]);
  });

  it('keeps nothing of a work that throws, and throws its error', async () => {
    await expect(
      handle.transaction(async (tx) => {
        await tx.query("insert into region (code, libelle) values ('93', 'Provence')");
        throw new Error('ligne invalide');
      }),
    ).rejects.toThrow('ligne invalide');
    expect(await handle.query("select code from region where code = '93'")).toEqual([]);
  });

  it('bulk-loads COPY text, nulls and escaped tabs, newlines and backslashes included', async () => {
    await handle.transaction(async (tx) => {
      await tx.copyIn(
        'etablissement',
        ['uai', 'libelle', 'region_code'],
        '0750001A\tLycée\\tà\\nParis \\\\ Nord\t11\n0750002B\t\\N\t\\N\n',
      );
    });
    const rows = await handle.query<{ uai: string; libelle: string | null }>(
      'select uai, libelle, region_code from etablissement order by uai',
    );
    expect(rows).toEqual([
      { uai: '0750001A', libelle: 'Lycée\tà\nParis \\ Nord', region_code: '11' },
      { uai: '0750002B', libelle: null, region_code: null },
    ]);
  });

  it('undoes a COPY when the work throws after it', async () => {
    await expect(
      handle.transaction(async (tx) => {
        await tx.copyIn('region', ['code', 'libelle'], '27\tBourgogne\n');
        throw new Error('fichier rejeté');
      }),
    ).rejects.toThrow('fichier rejeté');
    expect(await handle.query("select code from region where code = '27'")).toEqual([]);
  });
});
