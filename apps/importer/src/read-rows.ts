import type { LineSink } from './datasets/dataset.js';
import type { DetectedFile } from './detect-file.js';
import { misDecodedReason } from './read/mis-decoded.js';
import { readDelimited } from './read/read-delimited.js';

export interface ReadHooks {
  /** Called after each batch of lines, so that the caller can send what was emitted. */
  afterBatch?: () => Promise<void>;
  /** Called with the bytes and lines read so far. */
  onProgress?: (bytes: number, lines: number) => void;
}

/**
 * Feeds every line (or JSON element) of a recognised file to its dataset, after the checks
 * every format shares: a line broken by its quotes, a line shorter or longer than the
 * header, text that was decoded with the wrong encoding. Returns the number of lines read.
 */
export async function readRows(
  file: Extract<DetectedFile, { kind: 'csv' | 'json' }>,
  sink: LineSink,
  hooks: ReadHooks = {},
): Promise<number> {
  if (file.kind === 'json') {
    const result = file.dataset.read(file.json, file.info, sink);
    if (result !== undefined) for (const problem of result.problems) sink.reject(1, problem);
    await hooks.afterBatch?.();
    return countElements(file.json);
  }
  const reader = file.dataset.open(file.header, file.info);
  if ('problems' in reader) {
    for (const problem of reader.problems) sink.reject(1, problem);
    return 0;
  }
  const columns = file.header.length;
  const used = [...file.header.used];
  let read = 0;
  let header = true;
  let keep: Uint8Array | undefined;
  if (reader.lookedUpOnly) {
    keep = new Uint8Array(columns);
    for (const position of used) keep[position] = 1;
  }
  for await (const records of readDelimited(file.path, file.fingerprint.encoding, {
    onBytes: (bytes) => hooks.onProgress?.(bytes, read),
    keep,
  })) {
    for (const record of records) {
      if (header) {
        header = false;
        if (record.error !== undefined) sink.reject(record.line, record.error);
        continue;
      }
      read++;
      if (record.error !== undefined) {
        sink.reject(record.line, record.error);
        continue;
      }
      const { fields } = record;
      if (record.suspect) {
        const reason = misDecodedReason(used.map((position) => fields[position] ?? ''));
        if (reason !== null) {
          sink.reject(record.line, reason);
          continue;
        }
      }
      if (fields.length < columns) {
        sink.reject(
          record.line,
          `ligne incomplète : ${fields.length} champ${fields.length > 1 ? 's' : ''} au lieu de ${columns} (ligne tronquée ?)`,
        );
        continue;
      }
      if (fields.length > columns && fields.slice(columns).some((value) => value.trim() !== '')) {
        sink.reject(
          record.line,
          `ligne trop longue : ${fields.length} champs au lieu de ${columns}`,
        );
        continue;
      }
      reader.row(fields, record.line, sink);
    }
    await hooks.afterBatch?.();
  }
  reader.end?.(sink);
  await hooks.afterBatch?.();
  return read;
}

function countElements(json: unknown): number {
  if (Array.isArray(json)) return json.length;
  if (typeof json !== 'object' || json === null) return 0;
  for (const key of ['data', 'results']) {
    const value = (json as Record<string, unknown>)[key];
    if (Array.isArray(value)) return value.length;
  }
  return 0;
}
