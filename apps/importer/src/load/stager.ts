import { filledColumns, toCopyText } from './copy-text.js';
import { duplicateReason } from './duplicate-reason.js';
import { mergeSql } from './merge-sql.js';
import { OpenCopy } from './open-copy.js';
import { SeenLines } from './seen-lines.js';
import {
  type MergeMode,
  TABLE_ORDER,
  TABLES,
  type TableName,
  type TableRows,
  type TableSpec,
  type Value,
} from './tables.js';
import type { Tx } from './transaction.js';

type AnyRow = Record<string, Value>;

export interface Staged {
  spec: TableSpec;
  mode: MergeMode;
  stageTable: string;
  created: boolean;
  buffer: AnyRow[];
  /** The line of the buffer's first row. */
  firstLine: number;
  count: number;
  /** Key → line (and row, when duplicates must be compared) of rows already staged. */
  seen: SeenLines<AnyRow>;
  /** Rows copied straight into the real table (see {@link Stager.mayCopyDirectly}). */
  direct: number;
  directOpen: boolean;
  checkedScopes: Set<string>;
  /**
   * Rows whose wait ran out while another table's COPY was open, kept as COPY text of all
   * the table's columns, in bytes of their own (see {@link Stager.send}).
   */
  parked: { bytes: Buffer<ArrayBuffer>[]; rows: number };
}

/** Rows staged and merged for one table and mode. */
export interface MergeCount {
  table: TableName;
  mode: MergeMode;
  staged: number;
  /** Rows inserted or whose values changed. */
  changed: number;
}

const BATCH = 5000;
/**
 * How many lines a buffered row may wait for its batch: its text values are slices of the
 * file's chunk and keep it alive, so a table that gets a row every hundred lines would hold
 * most of a national file until its 5,000th row (ADR 51).
 */
const SPAN = 5000;
/**
 * Collects a file's rows into unindexed temporary tables (COPY, in batches) and merges them
 * into the real tables in one statement per table at the end, so that a file of 40,000 lines
 * costs a few round trips rather than 40,000. Rows with the same key twice in one file are
 * caught here, before PostgreSQL would refuse them.
 *
 * A COPY stays open from batch to batch while they go to the same table: the server stores
 * one batch while the next lines are read and checked, without a round trip between them.
 * Every other statement ends it first.
 */
export class Stager {
  private readonly staged = new Map<string, Staged>();
  private readonly replacing = new Map<TableName, Staged>();
  private readonly filling = new Map<TableName, Staged>();
  private mefDiplomas: Map<string, string> | undefined;
  private readonly copy: OpenCopy;
  /** The last line a row came from. */
  private line = 0;
  /** Codes of the figures inserted or changed, for the derivations (see {@link changedCodes}). */
  private readonly codes = new Set<string>();

  /** Whether a write can still succeed: once a line is invalid, nothing more is sent. */
  writing = true;

  constructor(
    private readonly tx: Tx,
    private readonly importId: number,
    private readonly onDuplicate: (line: number, reason: string) => void,
  ) {
    this.copy = new OpenCopy(tx);
  }

  /** Takes one row; it is sent with its batch by {@link send} or {@link finish}. */
  add<K extends TableName>(
    table: K,
    row: TableRows[K],
    line: number,
    mode: MergeMode = 'replace',
  ): void {
    const entry = this.entry(table, mode);
    const record: AnyRow = row;
    // The key as one string, built by hand: this runs for every line.
    const { key } = entry.spec;
    let id = '';
    for (let k = 0; k < key.length; k++) {
      id += `${k === 0 ? '' : '\u0001'}${String(record[key[k] ?? ''] ?? '\u2205')}`;
    }
    const previous = entry.seen.check(id, line, record);
    if (previous !== undefined) {
      const reason = duplicateReason(entry.spec, entry.mode, record, previous);
      if (reason !== undefined) this.onDuplicate(line, reason);
      return;
    }
    entry.count++;
    if (!this.writing) return;
    if (entry.buffer.length === 0) entry.firstLine = line;
    entry.buffer.push(record);
    if (line > this.line) this.line = line;
  }

  /**
   * Sends every full batch, and every batch whose first row has waited {@link SPAN} lines.
   * Such a batch of a staged table is parked instead while another table's COPY is open (a
   * national file's figures, with an establishment's name every hundred lines): its rows
   * become bytes that hold nothing of the file's text, and the figures' COPY goes on.
   */
  async send(): Promise<void> {
    if (!this.writing) return;
    for (const entry of this.staged.values()) {
      const { length } = entry.buffer;
      if (length + entry.parked.rows >= BATCH) await this.flush(entry);
      else if (length > 0 && this.line - entry.firstLine >= SPAN) {
        const open = this.copy.table;
        if (open === undefined || open === entry.stageTable || entry.directOpen) {
          await this.flush(entry);
        } else this.park(entry);
      }
    }
  }

  /** Sends what is buffered and waits until the server has it all. */
  async finish(): Promise<void> {
    if (this.writing) for (const entry of this.staged.values()) await this.flush(entry);
    await this.copy.end();
  }

  /** Merges every staged table into its real table, in dependency order. */
  async merge(): Promise<MergeCount[]> {
    await this.copy.end();
    const counts: MergeCount[] = [];
    for (const table of TABLE_ORDER) {
      for (const mode of ['replace', 'fill'] as const) {
        const entry = this.staged.get(`${table}:${mode}`);
        if (entry === undefined || entry.count === 0) continue;
        let changed = entry.direct;
        if (entry.created) {
          const [result] = await this.tx.query<{ n: number; codes: string[] | null }>(
            mergeSql(entry),
            [this.importId],
          );
          changed += result?.n ?? 0;
          for (const code of result?.codes ?? []) this.codes.add(code);
        }
        counts.push({ table, mode, staged: entry.count, changed });
      }
    }
    return counts;
  }

  /** The staging table of the figures to merge, once rows went there (see `applyPrecedence`). */
  figuresStage(): string | null {
    const entry = this.staged.get('indicateur:replace');
    return entry?.created ? entry.stageTable : null;
  }

  /** The codes of the figures this file inserted or changed (after {@link merge}). */
  changedCodes(): ReadonlySet<string> {
    return this.codes;
  }

  private entry(table: TableName, mode: MergeMode): Staged {
    // Looked up without building its `table:mode` name: this runs for every row.
    const byTable = mode === 'replace' ? this.replacing : this.filling;
    let entry = byTable.get(table);
    if (entry === undefined) {
      const id = `${table}:${mode}`;
      entry = {
        spec: TABLES[table],
        mode,
        stageTable: `stage_${table}_${mode}`,
        created: false,
        buffer: [],
        firstLine: 0,
        count: 0,
        seen: new SeenLines(TABLES[table].duplicates === 'identical'),
        direct: 0,
        directOpen: table === 'indicateur' && mode === 'replace',
        checkedScopes: new Set(),
        parked: { bytes: [], rows: 0 },
      };
      this.staged.set(id, entry);
      byTable.set(table, entry);
    }
    return entry;
  }

  /** Keeps a staged batch as bytes until its table's COPY (see {@link send}). */
  private park(entry: Staged): void {
    const rows = entry.buffer;
    entry.buffer = [];
    entry.parked.bytes.push(Buffer.from(toCopyText(rows, entry.spec.columns)));
    entry.parked.rows += rows.length;
  }

  private async flush(entry: Staged): Promise<void> {
    const { spec, parked } = entry;
    if (entry.buffer.length === 0 && parked.rows === 0) return;
    const rows = entry.buffer;
    entry.buffer = [];
    if (entry.directOpen && (await this.mayCopyDirectly(entry, rows))) {
      await this.copyDirectly(entry, rows);
      return;
    }
    if (!entry.created) {
      await this.copy.end();
      await this.tx.query(
        `create temp table ${entry.stageTable} on commit drop as select ${spec.columns.join(', ')} from ${spec.name} with no data`,
      );
      entry.created = true;
    }
    // Parked rows carry every column; without them, only those the rows fill are sent.
    const columns =
      parked.rows > 0
        ? spec.columns
        : filledColumns(rows, spec.columns, [...spec.key, ...spec.defaults]);
    await this.copy.write(entry.stageTable, columns, [...parked.bytes, rows]);
    entry.parked = { bytes: [], rows: 0 };
  }

  /**
   * The fast path for figures: when the table holds no row at all of the scopes a batch
   * writes (a first import, a new kind of file), no row of the file can meet an existing one,
   * so the rows are copied straight into the table instead of being staged and merged. The
   * first batch that could meet existing rows closes the fast path for the rest of the file.
   */
  private async mayCopyDirectly(entry: Staged, rows: readonly AnyRow[]): Promise<boolean> {
    const scopes = new Set(rows.map((row) => String(row.scope)));
    for (const scope of scopes) {
      if (entry.checkedScopes.has(scope)) continue;
      await this.copy.end();
      const [found] = await this.tx.query<{ present: boolean }>(
        'select exists (select 1 from indicateur where scope = $1) as present',
        [scope],
      );
      if (found?.present) {
        entry.directOpen = false;
        return false;
      }
      entry.checkedScopes.add(scope);
    }
    return true;
  }

  private async copyDirectly(entry: Staged, rows: AnyRow[]): Promise<void> {
    // What the merge's SQL would have filled in: a school-route row's diploma, from N_MEF.
    if (rows.some((row) => row.code_type === 'MEFSTAT11' && row.cfd === null)) {
      if (this.mefDiplomas === undefined) {
        await this.copy.end();
        const mefs = await this.tx.query<{ mefstat11: string; cfd: string }>(
          'select mefstat11, cfd from mef',
        );
        this.mefDiplomas = new Map(mefs.map((mef) => [mef.mefstat11, mef.cfd]));
      }
      for (const row of rows) {
        if (row.code_type === 'MEFSTAT11' && row.cfd === null) {
          row.cfd = this.mefDiplomas.get(String(row.code)) ?? null;
        }
      }
    }
    for (const row of rows) {
      row.import_id = this.importId;
      if (typeof row.code === 'string') this.codes.add(row.code);
    }
    const { spec } = entry;
    const columns = [
      ...filledColumns(rows, spec.columns, [...spec.key, ...spec.defaults]),
      'import_id',
    ];
    await this.copy.write(spec.name, columns, [rows]);
    entry.direct += rows.length;
  }
}
