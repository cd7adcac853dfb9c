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
 */
export function parseCsv(text: string): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = detectSeparator(firstLine);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
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
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  const nonBlank = records.filter((record) => record.cells.some((value) => value.trim() !== ''));
  const [head, ...rows] = nonBlank;
  return { header: head?.cells.map((name) => name.trim()) ?? [], rows };
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
