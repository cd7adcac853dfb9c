import { createReadStream } from 'node:fs';
import { CsvParser, type CsvRecord, detectSeparator } from './csv-parser.js';
import type { Fingerprint } from './fingerprint.js';
import { mayBeMisDecoded } from './mis-decoded.js';

export interface ReadOptions {
  /** Called after each chunk with the number of bytes read so far. */
  onBytes?: (bytesRead: number) => void;
  /** Stop after the header (detection only needs it). */
  headerOnly?: boolean;
  /** The columns whose text is wanted, by position; every column when absent. */
  keep?: Uint8Array;
}

/**
 * Streams a delimited file as batches of records; the first record is the header. The text
 * is decoded as the fingerprint says (a UTF-8 BOM is dropped), the separator is taken from
 * the header line, and lines read after any sign of a decoding accident are marked for a
 * closer look (only the columns a dataset uses decide, see the loader).
 */
export async function* readDelimited(
  path: string,
  encoding: Fingerprint['encoding'],
  options: ReadOptions = {},
): AsyncGenerator<CsvRecord[], void, undefined> {
  const decoder = new TextDecoder(encoding);
  let parser: CsvParser | undefined;
  let head = '';
  let bytesRead = 0;
  let suspicious = false;
  const stream = createReadStream(path, { highWaterMark: 1 << 18 });
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      bytesRead += bytes.length;
      let text = decoder.decode(bytes, { stream: true });
      if (parser === undefined) {
        head += text;
        const end = head.indexOf('\n');
        if (end < 0) continue;
        parser = new CsvParser(detectSeparator(head.slice(0, end)), options.keep);
        text = head;
        head = '';
      }
      suspicious ||= mayBeMisDecoded(text);
      const records = parser.push(text);
      if (suspicious) flagMisDecoded(records);
      options.onBytes?.(bytesRead);
      if (records.length > 0) {
        yield records;
        if (options.headerOnly) return;
      }
    }
    const rest = decoder.decode();
    if (parser === undefined) {
      head += rest;
      if (head === '') return;
      parser = new CsvParser(detectSeparator(head.split('\n')[0] ?? ''), options.keep);
      suspicious ||= mayBeMisDecoded(head);
      const records = [...parser.push(head), ...parser.end()];
      if (suspicious) flagMisDecoded(records);
      if (records.length > 0) yield records;
      return;
    }
    suspicious ||= mayBeMisDecoded(rest);
    const records = [...parser.push(rest), ...parser.end()];
    if (suspicious) flagMisDecoded(records);
    if (records.length > 0) yield records;
  } finally {
    stream.destroy();
  }
}

function flagMisDecoded(records: CsvRecord[]): void {
  for (const record of records) record.suspect = true;
}

/** The header of a delimited file (its first record), or null for an empty file. */
export async function readHeader(
  path: string,
  encoding: Fingerprint['encoding'],
): Promise<CsvRecord | null> {
  for await (const records of readDelimited(path, encoding, { headerOnly: true })) {
    return records[0] ?? null;
  }
  return null;
}
