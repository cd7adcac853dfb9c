/**
 * What a transaction offers, on PGlite and PostgreSQL alike: raw SQL and bulk loading. It
 * lives until the work given to {@link DbHandle.transaction} settles.
 */
export interface DbTransaction {
  /** Raw SQL with `$1`-style parameters, rows as plain objects. */
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Bulk-loads rows given as PostgreSQL text-format COPY data (tab-separated, `\N` for null,
   * one line per row) into these columns of a table.
   */
  copyIn(table: string, columns: readonly string[], data: string): Promise<void>;
}
