import { describe, expect, it } from 'vitest';
import { Stager } from './stager.js';
import type { Tx } from './transaction.js';

/** A transaction that only records the COPYs it is given: table and number of rows. */
function recordingTx(): { tx: Tx; copies: { table: string; rows: number }[] } {
  const copies: { table: string; rows: number }[] = [];
  const tx: Tx = {
    query: async () => [],
    copyIn: async (table, _columns, data) => {
      copies.push({ table, rows: data.split('\n').length - 1 });
    },
  };
  return { tx, copies };
}

/** An establishment-name row, as the readers fill them, numbered after its line. */
function establishment(line: number, libelle: string | null) {
  return {
    uai: `${String(line).padStart(7, '0')}A`,
    libelle,
    region_code: null,
    academie_code: null,
    departement_code: null,
  };
}

describe('the stager of a national file', () => {
  it('sends a table that gets one row every hundred lines once its first row has waited 5,000 lines', async () => {
    const { tx, copies } = recordingTx();
    const stager = new Stager(tx, 1, () => {});
    const sentBeforeEnd: number[] = [];
    for (let line = 2; line <= 20_001; line++) {
      if (line % 100 === 2) {
        stager.add(
          'etablissement',
          establishment(line, `Établissement de la ligne ${line}`),
          line,
          'fill',
        );
      }
      // As the reader does after each chunk of the file.
      if (line % 1000 === 1) await stager.send();
    }
    sentBeforeEnd.push(...copies.map((copy) => copy.rows));
    await stager.finish();

    // Without a bound on how long a row waits, all 200 rows would wait for the end. A batch
    // goes at the first chunk's end after 5,000 lines: 6,000 lines here, 60 rows at most.
    expect(sentBeforeEnd.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sentBeforeEnd)).toBeLessThanOrEqual(60);
    expect(copies.every((copy) => copy.table === 'stage_etablissement_fill')).toBe(true);
    expect(copies.reduce((sum, copy) => sum + copy.rows, 0)).toBe(200);
  });

  it('still sends a busy table in batches of 5,000 rows', async () => {
    const { tx, copies } = recordingTx();
    const stager = new Stager(tx, 1, () => {});
    for (let line = 2; line <= 12_001; line++) {
      stager.add('etablissement', establishment(line, null), line, 'fill');
      if (line % 1000 === 1) await stager.send();
    }
    await stager.finish();
    expect(copies.map((copy) => copy.rows)).toEqual([5000, 5000, 2000]);
  });
});
