import { readFile, stat } from 'node:fs/promises';
import type { Context } from 'hono';
import {
  type Coding,
  chooseCoding,
  compress,
  compressible,
  MIN_COMPRESSED_BYTES,
} from './content-coding.js';
import { codedEtag } from './ready-answer.js';

const SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };

/** A built file's compressed forms, by coding; none when it is not worth compressing. */
export type FileCodings = Partial<Record<Coding, Uint8Array<ArrayBuffer>>>;

/**
 * The compressed forms of a built file: the `.br` and `.gz` the build wrote next to it
 * (`scripts/precompress.mjs`) when they are at least as recent as the file, else compressed
 * here, once, when the file is read.
 */
export async function fileCodings(
  path: string,
  body: Uint8Array,
  mtimeMs: number,
  type: string,
): Promise<FileCodings> {
  if (body.byteLength < MIN_COMPRESSED_BYTES || !compressible(type)) return {};
  const codings: FileCodings = {};
  for (const coding of ['br', 'gzip'] as const) {
    const written = `${path}${SUFFIX[coding]}`;
    const info = await stat(written).catch(() => null);
    codings[coding] =
      info !== null && info.mtimeMs >= mtimeMs
        ? new Uint8Array(await readFile(written))
        : ((await compress(body, coding)) as Uint8Array<ArrayBuffer>);
  }
  return codings;
}

/**
 * The body and headers of a built file for this client: its compressed form when the client
 * accepts one (with its own ETag), and `Vary: Accept-Encoding` when it has any.
 */
export function fileVariant(
  c: Context,
  file: { body: Uint8Array<ArrayBuffer>; etag: string; codings: FileCodings },
): { body: Uint8Array<ArrayBuffer>; etag: string; headers: Record<string, string> } {
  if (file.codings.br === undefined && file.codings.gzip === undefined) {
    return { body: file.body, etag: file.etag, headers: {} };
  }
  const coding = chooseCoding(c.req.header('Accept-Encoding'));
  const coded = coding === null ? undefined : file.codings[coding];
  if (coding === null || coded === undefined) {
    return { body: file.body, etag: file.etag, headers: { Vary: 'Accept-Encoding' } };
  }
  return {
    body: coded,
    etag: codedEtag(file.etag, coding),
    headers: { Vary: 'Accept-Encoding', 'Content-Encoding': coding },
  };
}
