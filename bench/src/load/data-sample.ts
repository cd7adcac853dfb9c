import type { DbHandle } from '@inserjeunes/db';

/** What the load's requests are drawn from: codes, places and pairs that exist in the data. */
export interface DataSample {
  /** Codes with national figures. */
  nationalCodes: string[];
  /** (code, region) pairs with regional figures. */
  regionalPairs: { code: string; region: string }[];
  /** (UAI, code) pairs with figures in that establishment. */
  formationPairs: { uai: string; code: string; region: string | null }[];
  /** Establishments of the directory, by region. */
  establishments: Map<string, string[]>;
  /** Codes of the BCN (diplomas and MEFSTAT11), with figures or not. */
  bcnCodes: string[];
  millesimes: string[];
  regions: string[];
  academies: string[];
  filieres: string[];
}

/** Reads the sample from the database the server will serve. */
export async function readDataSample(db: DbHandle): Promise<DataSample> {
  const column = async (sql: string) =>
    (await db.query<{ value: string }>(sql)).map((row) => row.value);
  const establishments = new Map<string, string[]>();
  const directory = await db.query<{ uai: string; region: string }>(
    'select uai, region_code as region from etablissement where region_code is not null order by uai',
  );
  for (const { uai, region } of directory) {
    const inRegion = establishments.get(region) ?? [];
    inRegion.push(uai);
    establishments.set(region, inRegion);
  }
  return {
    nationalCodes: await column(
      "select distinct code as value from indicateur where scope = 'national' and code is not null order by 1",
    ),
    regionalPairs: await db.query(
      `select distinct code, region_code as region from indicateur
        where scope = 'regional' and code is not null and region_code is not null order by 1, 2`,
    ),
    formationPairs: await db.query(
      `select distinct uai, code, region_code as region from indicateur
        where scope = 'formation' and code is not null and uai is not null order by 1, 2`,
    ),
    establishments,
    bcnCodes: await column(
      'select code as value from diplome union select mefstat11 from mef order by 1',
    ),
    millesimes: await column(
      "select distinct millesime as value from indicateur where scope in ('national', 'regional') order by 1",
    ),
    regions: await column(
      "select distinct region_code as value from indicateur where scope = 'regional' order by 1",
    ),
    academies: await column('select code as value from academie order by 1'),
    filieres: await column('select distinct filiere as value from indicateur order by 1'),
  };
}
