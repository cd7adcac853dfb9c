import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_ORDER, TABLES } from './tables.js';

describe.each(testDbTargets())('the tables the importer writes, on $name', ({ open }) => {
  let handle: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('send every column of the migrated database but the id and the import', async () => {
    for (const name of TABLE_ORDER) {
      const columns = await handle.query<{ column_name: string }>(
        `select column_name from information_schema.columns
         where table_schema = 'public' and table_name = $1 and column_name not in ('id', 'import_id')`,
        [name],
      );
      expect([...TABLES[name].columns].sort(), name).toEqual(
        columns.map((column) => column.column_name).sort(),
      );
    }
  });

  it('merge on the key the database enforces', async () => {
    const keys = await handle.query<{ table_name: string; columns: string }>(
      `select c.conrelid::regclass::text as table_name,
         string_agg(a.attname, ',' order by k.ord) as columns
       from pg_constraint c
       cross join lateral unnest(c.conkey) with ordinality k(attnum, ord)
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
       where c.contype in ('p', 'u') and c.connamespace = 'public'::regnamespace
       group by c.oid, c.conrelid`,
    );
    for (const name of TABLE_ORDER) {
      const enforced = keys.filter((key) => key.table_name === name).map((key) => key.columns);
      expect(enforced, name).toContain(TABLES[name].key.join(','));
    }
    expect(TABLES.indicateur.key).toEqual([
      'code',
      'scope',
      'filiere',
      'millesime',
      'region_code',
      'uai',
    ]);
  });

  it('always send the columns whose database default would hide a missing value', () => {
    expect(TABLES.indicateur.defaults).toEqual(['donnee_source_type', 'fictif']);
    expect(TABLES.salaire_certification.defaults).toEqual(['fictif']);
    expect(TABLES.mef.defaults).toEqual([]);
  });
});
