import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCertificationCode } from './codes/certification-code.js';
import { parseMillesime } from './codes/millesime.js';
import { parseRegion } from './codes/region.js';
import { percentHalfEven } from './rates/round-half-even.js';
import { sharedDataDir } from './testing/shared-data-dir.js';

const REGIONAL = join(sharedDataDir(), 'inserjeunes/regional/ij_region_data.csv');
const present = existsSync(REGIONAL);
if (!present) console.warn(`skipped: real-data checks, ${REGIONAL} is absent`);

describe.runIf(present)('the regional InserJeunes file', () => {
  const lines = present
    ? readFileSync(REGIONAL, 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
    : [];
  const header = (lines[0] ?? '').split(';');
  const rows = lines
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const cells = line.split(';');
      return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
    });

  it('has codes, regions and millésimes that all parse', () => {
    expect(rows.length).toBe(40322);
    for (const row of rows) {
      const code = row.voie === 'scolaire' ? row.mefstat11 : row.cfd;
      const parsed = parseCertificationCode(code ?? '');
      expect(parsed.ok, `${row.id}`).toBe(true);
      if (parsed.ok) expect(parsed.value.type).toBe(row.voie === 'scolaire' ? 'MEFSTAT11' : 'CFD');
      expect(parseRegion(row.code_region ?? '').ok, `${row.id}`).toBe(true);
      expect(parseMillesime(row.millesime ?? '').ok, `${row.id}`).toBe(true);
    }
  });

  it('publishes further-study rates our rounding reproduces', () => {
    let compared = 0;
    for (const row of rows) {
      if (!row.taux_poursuite_etudes || !row.nb_annee_term) continue;
      const expected = Number(row.taux_poursuite_etudes);
      const ours = percentHalfEven(Number(row.nb_poursuite_etudes), Number(row.nb_annee_term));
      // the source rounds half up: only exact ties may differ, and by one point at most
      expect(Math.abs(ours - expected), row.id).toBeLessThanOrEqual(1);
      compared++;
    }
    expect(compared).toBeGreaterThan(20000);
  });
});
