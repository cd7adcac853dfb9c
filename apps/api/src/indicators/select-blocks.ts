import { FILIERES, type Filiere } from '@inserjeunes/contract';
import { codeTypeOf } from './describe-code.js';
import type { IndicatorRow } from './indicator-row.js';
import { compareMillesimesDesc, defaultMillesime } from './millesime-order.js';
import type { FinalCode } from './resolve-code.js';

/** The rows of one filière at one millésime: they become one record. */
export interface Block {
  filiere: Filiere;
  millesime: string;
  rows: IndicatorRow[];
}

/**
 * Keeps the rows that answer for the final codes. `exact` keeps each code's own rows;
 * `filieres` adds, per filière where the code has no row, the rows of its diploma under the
 * other code type: a CFD's school-route years, a MEFSTAT11's apprenticeship CFD. A
 * MEFSTAT11 never borrows a sibling year-code of the same diploma.
 */
export function rowsForCodes(
  rows: readonly IndicatorRow[],
  finals: readonly FinalCode[],
  mode: 'exact' | 'filieres',
): IndicatorRow[] {
  const kept = new Map<number, IndicatorRow>();
  for (const final of finals) {
    const own = rows.filter((row) => row.code === final.code);
    for (const row of own) kept.set(row.id, row);
    if (mode === 'exact' || final.cfd === null) continue;
    const ownFilieres = new Set(own.map((row) => row.filiere));
    const type = codeTypeOf(final.code);
    for (const row of rows) {
      if (row.cfd === final.cfd && row.code_type !== type && !ownFilieres.has(row.filiere)) {
        kept.set(row.id, row);
      }
    }
  }
  return [...kept.values()];
}

/**
 * Groups rows of one scope by filière (in the contract's order) and keeps, in each, the
 * millésime asked for or else the latest that filière has (its own figures before carried
 * ones of the same promotion), so a filière measured later than another still shows its own
 * latest figures.
 */
export function selectBlocks(
  rows: readonly IndicatorRow[],
  { millesime, filiere }: { millesime?: string | undefined; filiere?: Filiere | undefined },
): Block[] {
  const blocks: Block[] = [];
  for (const candidate of FILIERES) {
    if (filiere !== undefined && candidate !== filiere) continue;
    const ofFiliere = rows.filter((row) => row.filiere === candidate);
    if (ofFiliere.length === 0) continue;
    const chosen =
      millesime ??
      defaultMillesime(
        ofFiliere.map((row) => ({
          millesime: row.millesime,
          own: row.donnee_source_type === 'self',
        })),
      );
    const kept = ofFiliere.filter((row) => row.millesime === chosen);
    if (chosen !== undefined && kept.length > 0) {
      blocks.push({ filiere: candidate, millesime: chosen, rows: kept });
    }
  }
  return blocks;
}

/** The newest millésime among blocks (they may differ by filière). */
export function latestOf(blocks: readonly { millesime: string }[]): string | null {
  return [...blocks].map((block) => block.millesime).sort(compareMillesimesDesc)[0] ?? null;
}
