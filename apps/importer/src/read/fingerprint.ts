import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** What the importer learns about a file before reading it: identity, size and text encoding. */
export interface Fingerprint {
  sha256: string;
  size: number;
  /**
   * `utf-8` when every byte sequence is valid UTF-8, otherwise `windows-1252` (the superset
   * of Latin-1 the BCN exports use: `’` is byte 0x92 there).
   */
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * Reads a file once, streaming: its SHA-256 (so an already imported file is recognised) and
 * whether it is valid UTF-8. Encoding cannot be decided from the first bytes alone, since a
 * Latin-1 file may be pure ASCII for thousands of lines before its first accent.
 */
export async function fingerprintFile(path: string): Promise<Fingerprint> {
  const hash = createHash('sha256');
  let utf8 = true;
  let size = 0;
  // The bytes of a character cut by the end of the previous chunk.
  let carry: Buffer | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    size += bytes.length;
    if (utf8) {
      // Checked without decoding: a national file is hundreds of megabytes of text.
      const data: Buffer = carry === null ? bytes : Buffer.concat([carry, bytes]);
      const end = completeEnd(data);
      utf8 = isUtf8(data.subarray(0, end));
      carry = end < data.length ? Buffer.from(data.subarray(end)) : null;
    }
  }
  if (carry !== null) utf8 = false;
  return { sha256: hash.digest('hex'), size, encoding: utf8 ? 'utf-8' : 'windows-1252' };
}

/**
 * Where the last whole UTF-8 character of `data` ends: before a lead byte whose sequence
 * the chunk cuts short, else at the end (a malformed end is left to {@link isUtf8}).
 */
function completeEnd(data: Buffer): number {
  const { length } = data;
  for (let back = 1; back <= 4 && back <= length; back++) {
    const byte = data[length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? length - back : length;
  }
  return length;
}
