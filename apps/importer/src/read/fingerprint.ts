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
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    size += bytes.length;
    if (utf8) {
      try {
        decoder.decode(bytes, { stream: true });
      } catch {
        utf8 = false;
      }
    }
  }
  if (utf8) {
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  }
  return { sha256: hash.digest('hex'), size, encoding: utf8 ? 'utf-8' : 'windows-1252' };
}
