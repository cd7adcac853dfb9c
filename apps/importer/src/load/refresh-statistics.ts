import type { DbHandle } from '@inserjeunes/db';
import type { MergeCount } from './stager.js';
import type { TableName } from './tables.js';

/** Rows changed in one table by one run from which its statistics are refreshed. */
const BULK = 1000;

/**
 * The columns of `indicateur` the API's lookups and the derivations filter and join on: the
 * only statistics refreshed for it. The other forty columns took most of an analysis's time
 * and no plan depends on them.
 */
const COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  indicateur: ['scope', 'millesime', 'filiere', 'code', 'cfd', 'region_code', 'uai', 'derivation'],
};

/** The tables a run changed in bulk, collected file by file. */
export class BulkChanges {
  private readonly tables = new Map<TableName, number>();

  add(merged: readonly MergeCount[]): void {
    for (const { table, changed } of merged) {
      this.tables.set(table, (this.tables.get(table) ?? 0) + changed);
    }
  }

  /**
   * Refreshes the planner's statistics of the tables changed in bulk, once at the end of a
   * run rather than inside each file's transaction: the derivations' statements are planned
   * well without them (lookups by code through the key, hash joins), and the API's are then
   * planned on the new data. PGlite has no autovacuum to do it; PostgreSQL's would, later.
   */
  async refresh(handle: DbHandle): Promise<void> {
    for (const [table, changed] of this.tables) {
      if (changed < BULK) continue;
      const columns = COLUMNS[table];
      await handle.query(`analyze ${table}${columns ? ` (${columns.join(', ')})` : ''}`);
    }
    this.tables.clear();
  }
}
