import { parseCsv } from '../couverture/parse-csv.js';

/** A CSV response read back into objects by column name, checking the BOM is there. */
export async function readCsvResponse(response: Response): Promise<Record<string, string>[]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) {
    throw new Error('CSV without a UTF-8 byte-order mark');
  }
  const table = parseCsv(new TextDecoder().decode(bytes));
  return table.rows.map(({ cells }) =>
    Object.fromEntries(table.header.map((name, i) => [name, cells[i] ?? ''])),
  );
}
