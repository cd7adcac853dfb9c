import type { CopySink } from '@inserjeunes/db';
import { toCopyText } from './copy-text.js';
import type { Value } from './tables.js';
import type { Tx } from './transaction.js';

type AnyRow = Readonly<Record<string, Value>>;

/**
 * The one COPY a file's transaction keeps open from batch to batch while they go to the
 * same table: the server stores a batch while the next lines are read, with no round trip
 * between batches. A statement of the transaction must {@link end} it first.
 */
export class OpenCopy {
  private open: { table: string; columns: readonly string[]; sink: CopySink } | undefined;

  constructor(private readonly tx: Tx) {}

  /** The table being loaded, if any. */
  get table(): string | undefined {
    return this.open?.table;
  }

  /**
   * Sends COPY text into `table`, bytes as they are and rows in the COPY's columns: through
   * the open COPY when it loads that table and every column given (the others are sent as
   * null, as leaving them out would give), else through a new one.
   */
  async write(
    table: string,
    columns: readonly string[],
    pieces: readonly (Buffer<ArrayBuffer> | readonly AnyRow[])[],
  ): Promise<void> {
    let open = this.open;
    if (
      open === undefined ||
      open.table !== table ||
      columns.some((column) => !open?.columns.includes(column))
    ) {
      await this.end();
      open = { table, columns, sink: await this.tx.openCopy(table, columns) };
      this.open = open;
    }
    for (const piece of pieces) {
      if (Buffer.isBuffer(piece)) await open.sink.write(piece);
      else if (piece.length > 0) await open.sink.write(toCopyText(piece, open.columns));
    }
  }

  /** Ends the open COPY, and fails with the server's error if it refused a row. */
  async end(): Promise<void> {
    const open = this.open;
    this.open = undefined;
    if (open !== undefined) await open.sink.end();
  }
}
