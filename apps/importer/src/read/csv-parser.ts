/** One record of a delimited file, with the line it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record is structurally broken (a quote never closed). */
  error?: string;
  /** Set when the text around the record shows signs of a decoding accident (see mis-decoded.ts). */
  suspect?: boolean;
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

enum State {
  FieldStart = 0,
  Unquoted = 1,
  Quoted = 2,
  /** A quote seen inside a quoted field: either the end of the field or the first of `""`. */
  QuoteInQuoted = 3,
}

/**
 * A streaming reader of delimited text (RFC 4180 quoting, `\n` or `\r\n` line ends) fed chunk
 * by chunk: a field or a quoted line break may straddle two chunks. Written by hand because
 * it is the hot loop of every import and needs nothing more than this.
 */
export class CsvParser {
  private readonly separator: number;
  private state = State.FieldStart;
  private fields: string[] = [];
  /** The part of the current field carried over from earlier chunks (or unescaped so far). */
  private pending = '';
  private line = 1;
  private recordLine = 1;
  private recordError: string | undefined;
  private records: CsvRecord[] = [];

  /**
   * @param keep when given, the positions whose text is wanted (1); an unquoted field
   * elsewhere is read as empty, without cutting a string out of the chunk for it.
   */
  constructor(
    separator: string,
    private readonly keep: Uint8Array | null = null,
  ) {
    this.separator = separator.charCodeAt(0);
  }

  /** Parses a chunk and returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const sep = this.separator;
    const sepChar = String.fromCharCode(sep);
    const n = chunk.length;
    let start = 0;
    let state = this.state;
    // Where the next separator and line break are (n: none in the chunk), searched natively.
    let nextSep = -1;
    let nextLf = -1;
    // The same for quotes and carriage returns: a line with neither is read by the fast path.
    let nextQuote = -1;
    let nextCr = -1;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      switch (state) {
        case State.FieldStart:
          if (this.fields.length === 0) {
            if (nextLf < i) nextLf = indexOrEnd(chunk, '\n', i, n);
            if (nextQuote < i) nextQuote = indexOrEnd(chunk, '"', i, n);
            if (nextCr < i) nextCr = indexOrEnd(chunk, '\r', i, n);
            // A whole plain line (no quote, no carriage return but the one of a CRLF end).
            if (nextLf < n && nextQuote > nextLf && nextCr >= nextLf - 1) {
              this.plainLine(chunk, i, nextLf);
              i = nextLf;
              break;
            }
          }
          if (c === QUOTE) {
            state = State.Quoted;
            start = i + 1;
          } else if (c === sep) {
            this.fields.push('');
          } else if (c === LF) {
            this.fields.push('');
            this.endRecord();
          } else if (c === CR) {
            // part of a CRLF line end
          } else {
            state = State.Unquoted;
            start = i;
          }
          break;
        case State.Unquoted:
          if (c === sep) {
            this.fields.push(this.wanted() ? this.take(chunk, start, i) : this.skip());
            state = State.FieldStart;
          } else if (c === LF) {
            const value = this.wanted() ? this.take(chunk, start, i) : this.skip();
            this.fields.push(value.endsWith('\r') ? value.slice(0, -1) : value);
            this.endRecord();
            state = State.FieldStart;
          } else {
            // Straight to the field's end: the engine's search beats a loop over its characters.
            if (nextSep <= i) nextSep = indexOrEnd(chunk, sepChar, i, n);
            if (nextLf <= i) nextLf = indexOrEnd(chunk, '\n', i, n);
            i = Math.min(nextSep, nextLf) - 1;
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.pending += chunk.slice(start, i);
            state = State.QuoteInQuoted;
          } else if (c === LF) {
            this.line++;
          }
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.pending += '"';
            start = i + 1;
            state = State.Quoted;
          } else if (c === sep) {
            this.fields.push(this.pending);
            this.pending = '';
            state = State.FieldStart;
          } else if (c === LF) {
            this.fields.push(this.pending);
            this.pending = '';
            this.endRecord();
            state = State.FieldStart;
          } else if (c !== CR) {
            // Text after a closing quote: the field was never quoted, it only began with a
            // quote (the BCN writes `"Label" créé par…` unquoted). It is kept as written.
            this.pending = `"${this.pending}"`;
            start = i;
            state = State.Unquoted;
          }
          break;
      }
    }
    if (state === State.Unquoted || state === State.Quoted) this.pending += chunk.slice(start);
    this.state = state;
    const done = this.records;
    this.records = [];
    return done;
  }

  /** Ends the input: a last line without line break still counts; an open quote is an error. */
  end(): CsvRecord[] {
    switch (this.state) {
      case State.Unquoted: {
        const value = this.pending.endsWith('\r') ? this.pending.slice(0, -1) : this.pending;
        this.pending = '';
        this.fields.push(value);
        this.endRecord();
        break;
      }
      case State.Quoted:
        this.recordError = 'ligne tronquée : un guillemet ouvert n’est jamais fermé';
        this.fields.push(this.pending);
        this.pending = '';
        this.endRecord();
        break;
      case State.QuoteInQuoted:
        this.fields.push(this.pending);
        this.pending = '';
        this.endRecord();
        break;
      case State.FieldStart:
        if (this.fields.length > 0) {
          this.fields.push('');
          this.endRecord();
        }
        break;
    }
    this.state = State.FieldStart;
    const done = this.records;
    this.records = [];
    return done;
  }

  /**
   * A line without quotes, `start` to its line break at `end`, split by the engine's search
   * for the separator rather than character by character: what the state machine would read
   * from it, field for field (most lines of the national files are such lines).
   */
  private plainLine(chunk: string, start: number, end: number): void {
    const sepChar = String.fromCharCode(this.separator);
    const { fields } = this;
    let from = start;
    for (;;) {
      let to = chunk.indexOf(sepChar, from);
      if (to < 0 || to > end) to = end;
      fields.push(this.wanted() ? chunk.slice(from, to) : '');
      if (to === end) break;
      from = to + 1;
    }
    const last = fields.length - 1;
    const value = fields[last] as string;
    if (value.endsWith('\r')) fields[last] = value.slice(0, -1);
    this.endRecord();
  }

  /** Whether the field being read is wanted (see the constructor's `keep`). */
  private wanted(): boolean {
    const { keep } = this;
    return keep === null || this.fields.length >= keep.length || keep[this.fields.length] === 1;
  }

  /** An unwanted field: read as empty. */
  private skip(): string {
    this.pending = '';
    return '';
  }

  private take(chunk: string, start: number, end: number): string {
    if (this.pending === '') return chunk.slice(start, end);
    const value = this.pending + chunk.slice(start, end);
    this.pending = '';
    return value;
  }

  private endRecord(): void {
    const fields = this.fields;
    this.fields = [];
    // Blank lines (a trailing newline, an empty line between blocks) carry nothing.
    if (!(fields.length === 1 && fields[0] === '' && this.recordError === undefined)) {
      const record: CsvRecord = { line: this.recordLine, fields };
      if (this.recordError !== undefined) record.error = this.recordError;
      this.records.push(record);
    }
    this.recordError = undefined;
    this.line++;
    this.recordLine = this.line;
  }
}

/** The position of `char` in `text` from `from`, or `end` when there is none. */
function indexOrEnd(text: string, char: string, from: number, end: number): number {
  const found = text.indexOf(char, from);
  return found < 0 ? end : found;
}

/**
 * The separator of a header line: whichever of `;`, `|`, tab and `,` occurs most outside
 * quotes (`;` when none does, for one-column files).
 */
export function detectSeparator(headerLine: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    ['|', 0],
    ['\t', 0],
    [',', 0],
  ]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ';';
  let bestCount = 0;
  for (const [char, count] of counts) {
    if (count > bestCount) {
      best = char;
      bestCount = count;
    }
  }
  return best;
}
