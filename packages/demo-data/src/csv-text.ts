/** How a CSV file of an official format is written: its separator, encoding and BOM. */
export interface CsvFormat {
  separator: ';' | '|';
  encoding: 'utf8' | 'latin1';
  bom: boolean;
}

/**
 * Writes a CSV file in the given format, LF line endings, quoting only the fields that need
 * it. A character the encoding cannot hold is an error rather than a silent `?`.
 */
export function csvFile(
  format: CsvFormat,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Buffer {
  const lines = [header, ...rows].map((fields) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV row has ${fields.length} fields, header has ${header.length}`);
    }
    return fields.map((field) => quote(field, format.separator)).join(format.separator);
  });
  const text = `${format.bom ? '\uFEFF' : ''}${lines.join('\n')}\n`;
  if (format.encoding === 'latin1') {
    const outside = [...text.replace('\uFEFF', '')].find(
      (char) => (char.codePointAt(0) ?? 0) > 0xff,
    );
    if (outside !== undefined) throw new Error(`« ${outside} » cannot be written in Latin-1`);
    if (format.bom) throw new Error('Latin-1 files have no byte order mark');
    return Buffer.from(text, 'latin1');
  }
  return Buffer.from(text, 'utf8');
}

function quote(field: string, separator: string): string {
  if (!field.includes(separator) && !/["\r\n]/.test(field)) return field;
  return `"${field.replaceAll('"', '""')}"`;
}
