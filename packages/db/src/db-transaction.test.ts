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
      const copy = await tx.openCopy('etablissement', ['uai', 'libelle', 'region_code']);
      await copy.write('0750001A\tLycée\\tà\\nParis \\\\ Nord\t11\n');
      await copy.write(Buffer.from('0750002B\t\\N\t\\N\n'));
      await copy.end();
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
        const copy = await tx.openCopy('region', ['code', 'libelle']);
        await copy.write('27\tBourgogne\n');
        await copy.end();
        throw new Error('fichier rejeté');
      }),
    ).rejects.toThrow('fichier rejeté');
    expect(await handle.query("select code from region where code = '27'")).toEqual([]);
  });

  it('rejects a bulk load the database refuses, naming the value, and keeps nothing of it', async () => {
    await expect(
      handle.transaction(async (tx) => {
        const copy = await tx.openCopy('region', ['code', 'libelle']);
        await copy.write('28\tNormandie\n');
        await copy.write('29\tBretagne\tde trop\n');
        await copy.end();
      }),
    ).rejects.toThrow(/extra data|données supplémentaires/);
    expect(await handle.query("select code from region where code = '28'")).toEqual([]);
  });

  it('rolls back a work that throws with a bulk load still open, and the database stays usable', async () => {
    await expect(
      handle.transaction(async (tx) => {
        const copy = await tx.openCopy('region', ['code', 'libelle']);
        await copy.write('32\tHauts-de-France\n');
        throw new Error('ligne 12 invalide');
      }),
    ).rejects.toThrow('ligne 12 invalide');
    const after = await handle.transaction(async (tx) => {
      await tx.query("insert into region (code, libelle) values ('44', 'Grand Est')");
      return tx.query<{ code: string }>("select code from region where code in ('32', '44')");
    });
    expect(after).toEqual([{ code: '44' }]);
  });
});
