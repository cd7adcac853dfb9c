import { readFileSync } from 'node:fs';

/**
 * A deliberately naive reading of a real file (split on line breaks and on the separator,
 * quotes stripped), independent of the importer's reader, to compute what a test expects.
 * Only for files whose fields never contain the separator.
 */
export function naiveCsv(
  path: string,
  options: { separator?: string; encoding?: 'utf-8' | 'latin1' } = {},
): Record<string, string>[] {
  const text = readFileSync(path)
    .toString(options.encoding === 'latin1' ? 'latin1' : 'utf8')
    .replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const split = (line: string) =>
    line.split(options.separator ?? ';').map((field) => field.replace(/^"(.*)"$/, '$1'));
  const header = split(lines[0] ?? '');
  return lines.slice(1).map((line) => {
    const fields = split(line);
    return Object.fromEntries(header.map((name, index) => [name, fields[index] ?? '']));
  });
}
