import { CatalogueLimitExceeded, type CatalogueLimits } from './catalogue-limits.js';

/** A CSV row: the line it starts on (header = line 1) and its cells. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * A CSV table: its header and its rows. With `kept`, each row holds only the cells of those
 * columns, in that order (`cells[k]` is column `kept[k]`).
 */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  kept?: readonly number[];
}

/**
 * Which columns to keep of every row, chosen on the first ones: `choose` sees the header
 * and the first `sampleRows` rows whole, and answers the indices of the columns to keep,
 * or `null` to keep them all. Rows are then stored with those cells only, so a wide
 * catalogue costs the memory of its useful columns.
 */
export interface CsvProjection {
  sampleRows: number;
  choose(header: string[], sample: readonly CsvRow[]): readonly number[] | null;
}

const SEPARATORS = [';', ',', '\t', '|'] as const;

/**
 * Reads CSV as partners export it: any of `;`, `,`, tab or `|` (the one most frequent in
 * the header line), quoted cells with doubled quotes and line breaks inside, CRLF or LF,
 * an optional byte-order mark. Blank lines are skipped.
 *
 * With `limits`, the columns of each line, the length of each cell and the count of lines
 * are checked as they are read: the first one passed throws {@link CatalogueLimitExceeded},
 * before the rest of the text costs anything.
 */
export function parseCsv(
  text: string,
  limits?: CatalogueLimits,
  projection?: CsvProjection,
): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = detectSeparator(firstLine);
  const separatorCode = separator.charCodeAt(0);
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const maxCells = limits?.columns ?? Number.POSITIVE_INFINITY;
  const maxChars = limits?.cellChars ?? Number.POSITIVE_INFINITY;
  // The header and blank lines aside, checked again once blank lines are dropped.
  const maxRecords = (limits?.rows ?? Number.POSITIVE_INFINITY) + 1;
  const endCell = () => {
    if (cells.length >= maxCells) {
      throw new CatalogueLimitExceeded('columns', maxCells, recordLine);
    }
    if (cell.length > maxChars) throw new CatalogueLimitExceeded('cellChars', maxChars, recordLine);
    cells.push(cell);
    cell = '';
  };
  let filled = 0;
  // Blank records are dropped as they end. Until the columns to keep are chosen (undefined),
  // records are stored whole; then with the chosen cells only (null: all of them).
  let kept: readonly number[] | null | undefined = projection === undefined ? null : undefined;
  const choose = () => {
    const [head, ...sample] = records;
    const chosen =
      projection === undefined || head === undefined
        ? null
        : projection.choose(
            head.cells.map((name) => name.trim()),
            sample,
          );
    kept = chosen;
    if (chosen === null) return;
    for (const row of sample) row.cells = chosen.map((index) => row.cells[index] ?? '');
  };
  const endRecord = () => {
    if (!cells.some((value) => value.trim() !== '')) return;
    if (++filled > maxRecords) {
      throw new CatalogueLimitExceeded('rows', maxRecords - 1, recordLine);
    }
    records.push({
      line: recordLine,
      cells: kept === null || kept === undefined ? cells : kept.map((index) => cells[index] ?? ''),
    });
    if (kept === undefined && records.length > (projection?.sampleRows ?? 0)) choose();
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        // The run up to the next quote goes in at once: a cell built a character at a time
        // is a chain of thousands of small strings, which a 10 MB body turns into gigabytes.
        const close = source.indexOf('"', i);
        const end = close < 0 ? source.length : close;
        const run = source.slice(i, end);
        for (let at = run.indexOf('\n'); at >= 0; at = run.indexOf('\n', at + 1)) line++;
        cell += run;
        i = end - 1;
        if (cell.length > maxChars) {
          throw new CatalogueLimitExceeded('cellChars', maxChars, recordLine);
        }
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endCell();
      endRecord();
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else {
      // Likewise, the run of plain characters up to the next separator, line end or quote.
      let end = i + 1;
      while (end < source.length && !isSpecial(source.charCodeAt(end), separatorCode)) end++;
      cell += source.slice(i, end);
      i = end - 1;
      if (cell.length > maxChars)
        throw new CatalogueLimitExceeded('cellChars', maxChars, recordLine);
    }
  }
  if (cell !== '' || cells.length > 0) {
    endCell();
    endRecord();
  }
  if (kept === undefined) choose();
  const [head, ...rows] = records;
  const header = head?.cells.map((name) => name.trim()) ?? [];
  return kept === null || kept === undefined ? { header, rows } : { header, rows, kept };
}

/** Whether a character ends a run of plain cell characters: separator, line end or quote. */
function isSpecial(code: number, separatorCode: number): boolean {
  return code === separatorCode || code === 0x0a || code === 0x0d || code === 0x22;
}

function detectSeparator(line: string): string {
  let best: string = ';';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = line.split(separator).length - 1;
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}
