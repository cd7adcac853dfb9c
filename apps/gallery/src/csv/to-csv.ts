/** A cell: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

/**
 * A CSV file as French spreadsheets open it: UTF-8 with a byte-order mark, `;` between
 * cells, CRLF line ends. Cells holding `;`, quotes or line breaks are quoted; cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading apostrophe.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
