import { filledColumns, toCopyText } from './copy-text.js';
import { mergeSql } from './merge-sql.js';
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
 * A batch's COPY is left running while the next lines are read and checked: the server
 * stores one batch while the next one is parsed. Every other statement waits for it first.
 */
export class Stager {
  private readonly staged = new Map<string, Staged>();
  private readonly replacing = new Map<TableName, Staged>();
  private readonly filling = new Map<TableName, Staged>();
  private mefDiplomas: Map<string, string> | undefined;
  private inflight: Promise<void> | undefined;
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
  ) {}

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
      this.duplicate(entry, record, line, previous);
      return;
    }
    entry.count++;
    if (!this.writing) return;
    if (entry.buffer.length === 0) entry.firstLine = line;
    entry.buffer.push(record);
    if (line > this.line) this.line = line;
  }

  /** Sends every full batch, and every batch whose first row has waited {@link SPAN} lines. */
  async send(): Promise<void> {
    if (!this.writing) return;
    for (const entry of this.staged.values()) {
      const { length } = entry.buffer;
      if (length >= BATCH || (length > 0 && this.line - entry.firstLine >= SPAN)) {
        await this.flush(entry);
      }
    }
  }

  /** Sends what is buffered and waits until the server has it all. */
  async finish(): Promise<void> {
    if (this.writing) for (const entry of this.staged.values()) await this.flush(entry);
    await this.settle();
  }

  /** Merges every staged table into its real table, in dependency order. */
  async merge(): Promise<MergeCount[]> {
    await this.settle();
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
      };
      this.staged.set(id, entry);
      byTable.set(table, entry);
    }
    return entry;
  }

  private duplicate(
    entry: Staged,
    row: AnyRow,
    line: number,
    previous: { line: number; row?: AnyRow },
  ): void {
    const { spec } = entry;
    // Filling gaps is best effort: the first source line to name a row is enough.
    if (spec.duplicates === 'keep-first' || entry.mode === 'fill') return;
    if (
      spec.duplicates === 'identical' &&
      previous.row !== undefined &&
      spec.columns.every((column) => previous.row?.[column] === row[column])
    ) {
      return;
    }
    const key = spec.key.map((column) => `${column}=${String(row[column] ?? '')}`).join(', ');
    this.onDuplicate(
      line,
      spec.duplicates === 'identical'
        ? `${key} déjà décrit ligne ${previous.line} avec d’autres valeurs`
        : `ligne en double : même ${spec.name} (${key}) que la ligne ${previous.line}`,
    );
  }

  /** Waits for the COPY still running, and fails with its error if it failed. */
  private async settle(): Promise<void> {
    const running = this.inflight;
    this.inflight = undefined;
    if (running !== undefined) await running;
  }

  /** Starts a COPY without waiting for its end (see {@link settle}). */
  private start(copy: Promise<void>): void {
    // Marked as handled now: its failure is thrown where it is awaited, not as an unhandled
    // rejection while the next lines are read.
    copy.catch(() => {});
    this.inflight = copy;
  }

  private async flush(entry: Staged): Promise<void> {
    if (entry.buffer.length === 0) return;
    const rows = entry.buffer;
    entry.buffer = [];
    // Its text is built while the server stores the previous batch; statements wait for it.
    if (entry.directOpen && (await this.mayCopyDirectly(entry, rows))) {
      await this.copyDirectly(entry, rows);
      return;
    }
    const { spec } = entry;
    if (!entry.created) {
      await this.settle();
      await this.tx.query(
        `create temp table ${entry.stageTable} on commit drop as select ${spec.columns.join(', ')} from ${spec.name} with no data`,
      );
      entry.created = true;
    }
    const columns = filledColumns(rows, spec.columns, [...spec.key, ...spec.defaults]);
    const text = toCopyText(rows, columns);
    await this.settle();
    this.start(this.tx.copyIn(entry.stageTable, columns, text));
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
      await this.settle();
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
        await this.settle();
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
    const text = toCopyText(rows, columns);
    await this.settle();
    this.start(this.tx.copyIn(spec.name, columns, text));
    entry.direct += rows.length;
  }
}
