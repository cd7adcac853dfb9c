/**
 * Reads a small delimited file into records keyed by header, for the demo's tests: they
 * check the written files and the shared BCN files without going through the importer.
 * Handles a BOM, quoted fields and CRLF; the files it reads have no multi-line fields.
 */
export function readCsvRecords(
  bytes: Buffer,
  encoding: 'utf8' | 'latin1',
  separator: string,
): Record<string, string>[] {
  const text = bytes.toString(encoding).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const [headerLine, ...rest] = lines;
  if (headerLine === undefined) return [];
  const header = splitLine(headerLine, separator);
  return rest.map((line, index) => {
    const fields = splitLine(line, separator);
    if (fields.length !== header.length) {
      throw new Error(`line ${index + 2}: ${fields.length} fields, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, fields[i] ?? '']));
  });
}

function splitLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}
