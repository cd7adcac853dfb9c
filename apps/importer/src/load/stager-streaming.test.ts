import { describe, expect, it } from 'vitest';
import { buildIndicateur } from '../figures/build-indicateur.js';
import { Stager } from './stager.js';
import type { Tx } from './transaction.js';

/**
 * A transaction that only records the COPY data it is given, a piece at a time (table and
 * number of rows), and how many COPYs were opened.
 */
function recordingTx(): { tx: Tx; copies: { table: string; rows: number }[]; opened: string[] } {
  const copies: { table: string; rows: number }[] = [];
  const opened: string[] = [];
  const tx: Tx = {
    query: async () => [],
    openCopy: async (table) => {
      opened.push(table);
      return {
        write: async (data) => {
          copies.push({ table, rows: String(Buffer.from(data)).split('\n').length - 1 });
        },
        end: async () => {},
      };
    },
  };
  return { tx, copies, opened };
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

  it('keeps the figures’ COPY open while an establishment’s name comes every hundred lines', async () => {
    const { tx, copies, opened } = recordingTx();
    const stager = new Stager(tx, 1, () => {});
    for (let line = 2; line <= 30_001; line++) {
      const row = buildIndicateur({
        scope: 'formation',
        millesime: '2023',
        filiere: 'superieur',
        code: `${2_400_000 + line}`,
        code_type: 'SISE',
        cfd: `${2_400_000 + line}`,
        uai: '0750001A',
        counts: { nb_annee_term: 40, nb_poursuite_etudes: 10 },
        fictif: false,
      });
      stager.add('indicateur', row, line);
      if (line % 100 === 2) {
        stager.add('etablissement', establishment(line, `Université ${line}`), line, 'fill');
      }
      if (line % 1000 === 1) await stager.send();
    }
    await stager.finish();

    // The names wait as bytes while the figures go, and are sent together at the end, in
    // one COPY of their own: the figures' COPY was never ended on their account.
    expect(opened).toEqual(['indicateur', 'stage_etablissement_fill']);
    const figures = copies.filter((copy) => copy.table === 'indicateur');
    expect(figures.reduce((sum, copy) => sum + copy.rows, 0)).toBe(30_000);
    const names = copies.filter((copy) => copy.table === 'stage_etablissement_fill');
    expect(names.reduce((sum, copy) => sum + copy.rows, 0)).toBe(300);
    expect(names.length).toBeGreaterThanOrEqual(5);
  });
});
