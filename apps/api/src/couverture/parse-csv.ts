import { CatalogueLimitExceeded, type CatalogueLimits } from './catalogue-limits.js';

/** A CSV table: its header and its rows, each with the line it starts on (header = line 1). */
export interface CsvTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
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
export function parseCsv(text: string, limits?: CatalogueLimits): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = detectSeparator(firstLine);
  const separatorCode = separator.charCodeAt(0);
  const records: { line: number; cells: string[] }[] = [];
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
      if (cells.some((value) => value.trim() !== '') && ++filled > maxRecords) {
        throw new CatalogueLimitExceeded('rows', maxRecords - 1, recordLine);
      }
      records.push({ line: recordLine, cells });
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
    if (cells.some((value) => value.trim() !== '') && ++filled > maxRecords) {
      throw new CatalogueLimitExceeded('rows', maxRecords - 1, recordLine);
    }
    records.push({ line: recordLine, cells });
  }
  const nonBlank = records.filter((record) => record.cells.some((value) => value.trim() !== ''));
  const [head, ...rows] = nonBlank;
  return { header: head?.cells.map((name) => name.trim()) ?? [], rows };
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
