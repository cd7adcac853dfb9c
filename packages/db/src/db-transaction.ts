/**
 * What a transaction offers, on PGlite and PostgreSQL alike: raw SQL and bulk loading. It
 * lives until the work given to {@link DbHandle.transaction} settles.
 */
export interface DbTransaction {
  /** Raw SQL with `$1`-style parameters, rows as plain objects. */
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Starts a bulk load into these columns of a table. Nothing else may run in the
   * transaction until the sink has ended.
   */
  openCopy(table: string, columns: readonly string[]): Promise<CopySink>;
}

/**
 * An open bulk load: PostgreSQL text-format COPY data (tab-separated, `\N` for null, one
 * line per row), given in pieces that each end with a newline.
 */
export interface CopySink {
  /**
   * Hands a piece over. On PostgreSQL it resolves as soon as the connection has taken it,
   * while the server may still be storing earlier pieces, so that the caller prepares the
   * next one meanwhile; it rejects once the server has refused any row.
   */
  write(data: string | Uint8Array<ArrayBuffer>): Promise<void>;
  /** Ends the load: resolves once every row is stored, rejects with the server's error. */
  end(): Promise<void>;
}
