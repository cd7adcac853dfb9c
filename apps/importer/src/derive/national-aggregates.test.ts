import { COUNT_KEYS, type Counts, RATE_KEYS, sumCounts } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndicateur } from '../figures/build-indicateur.js';
import { importPaths } from '../import-paths.js';
import { tempDir } from '../testing/temp-dir.js';

type Row = Record<string, unknown>;

const COLUMNS = [
  'perimetre',
  'millesime',
  'filiere',
  'code_certification',
  'code_region',
  'fictif',
  ...COUNT_KEYS,
];
const REGIONS = ['11', '24', '32', '44', '53', '84', '93'];

/**
 * Regional lines drawn by a fixed sequence, so that every rule of the sums meets its cases:
 * leavers left out (completed from the other two counts), everyone going on studying with
 * no employment published (nobody in work), a line without employment at 6 months (left out
 * of the sums), a count missing on one line (missing in the sum), populations under the
 * threshold, and codes whose every line is left out.
 */
function regionalLines(): string[] {
  let seed = 2024;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // The high bits: the low ones of this sequence repeat with a short period.
    return Math.floor(seed / 65536) % n;
  };
  const lines: string[] = [];
  for (let c = 0; c < 120; c++) {
    const code = `5009${String(c).padStart(4, '0')}`;
    for (const millesime of ['2021_2022', '2022_2023']) {
      const regions = REGIONS.slice(0, 1 + next(REGIONS.length));
      for (const region of regions) {
        const term = next(4) === 0 ? next(12) : 5 + next(80);
        const kind = next(8);
        const poursuite = kind === 1 ? term : next(term + 1);
        const leavers = term - poursuite;
        const values: Record<string, number | null> = Object.fromEntries(
          COUNT_KEYS.map((key) => [key, null]),
        );
        values.nb_annee_term = term;
        values.nb_poursuite_etudes = poursuite;
        values.nb_sortant = kind === 0 || kind === 1 ? null : leavers;
        if (kind !== 1) {
          for (const horizon of [6, 12, 18, 24]) {
            if (horizon === 6 && kind === 2) continue;
            if (horizon === 12 && kind === 3) continue;
            const emploi = next(leavers + 1);
            values[`nb_en_emploi_${horizon}_mois`] = emploi;
            if (kind >= 5) values[`nb_en_emploi_stable_${horizon}_mois`] = next(emploi + 1);
          }
        }
        lines.push(
          [
            'regional',
            millesime,
            'apprentissage',
            code,
            region,
            'non',
            ...COUNT_KEYS.map((key) => values[key] ?? ''),
          ].join(';'),
        );
      }
    }
  }
  return lines;
}

describe.each(testDbTargets())('national sums of regional figures on $name', ({ open }) => {
  let db: DbHandle;
  const files = tempDir('national-sums');

  beforeAll(async () => {
    db = await open();
    const report = await importPaths(db, [
      files.write('regionales.csv', [COLUMNS.join(';'), ...regionalLines()].join('\n')),
    ]);
    expect(report.ok).toBe(true);
  });
  afterAll(async () => {
    await db.close();
    files.remove();
  });

  it('equal the contract’s sums and shares of the stored regional rows, group by group', async () => {
    const regional = await db.query<Row>(
      `select * from indicateur where scope = 'regional' order by millesime, code, region_code`,
    );
    const groups = new Map<string, Row[]>();
    for (const row of regional) {
      const key = `${row.millesime}|${row.code}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const national = await db.query<Row>(
      `select * from indicateur where scope = 'national' order by millesime, code`,
    );
    expect(national).toHaveLength(groups.size);
    const kinds = { incomplete: 0, empty: 0, withheld: 0 };
    for (const row of national) {
      const members = groups.get(`${row.millesime}|${row.code}`) ?? [];
      const { counts, rowsUsed } = sumCounts(
        members.map(
          (member) => Object.fromEntries(COUNT_KEYS.map((k) => [k, member[k]])) as Counts,
        ),
      );
      const expected = buildIndicateur({
        scope: 'national',
        millesime: String(row.millesime),
        filiere: 'apprentissage',
        code: String(row.code),
        code_type: 'CFD',
        counts: rowsUsed > 0 ? counts : {},
        fictif: false,
      });
      if (rowsUsed === 0) kinds.empty++;
      else if (rowsUsed < members.length) kinds.incomplete++;
      if (expected.raison_masquage !== null) kinds.withheld++;
      const pick = (source: Row) =>
        Object.fromEntries(
          [...COUNT_KEYS, ...RATE_KEYS, 'raison_masquage', 'cfd'].map((k) => [k, source[k]]),
        );
      expect(pick(row), `${row.millesime} ${row.code}`).toEqual(pick(expected as unknown as Row));
      expect(row).toMatchObject({ derivation: 'agregat_regional', region_code: null });
    }
    // The drawn lines did reach every case.
    expect(kinds.incomplete).toBeGreaterThan(10);
    expect(kinds.empty).toBeGreaterThan(0);
    expect(kinds.withheld).toBeGreaterThan(0);
  });
});
