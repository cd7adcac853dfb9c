import { gzipSync } from 'node:zlib';

/** A source map, as far as the breakdown reads it. */
export interface SourceMap {
  sources: string[];
  mappings: string;
}

export interface SourceShare {
  /** The source file, shortened: `lit-html`, `widget src/…`, `contract src/…`. */
  source: string;
  /** Minified bytes the source accounts for. */
  bytes: number;
  /** What the gzipped file would lose without them: the source's real cost. */
  gzip: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, i) => [char, i]));

/** The numbers of one mapping segment (Base64 VLQ). */
function segment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/** Where a source lives, said briefly. */
function shorten(source: string): string {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(
    source,
  );
  if (pkg) return `${pkg[1]}/${pkg[2]}`;
  const ours = /packages\/([^/]+)\/(.*)$/.exec(source);
  return ours ? `${ours[1]} ${ours[2]}` : source;
}

/**
 * Which source files a minified bundle's bytes come from, by its source map: for each,
 * the bytes it accounts for and what gzip would save without them. Bytes no mapping
 * covers are counted as `(bundler)`.
 */
export function bundleBreakdown(code: string, map: SourceMap): SourceShare[] {
  const lines = code.split('\n');
  const owned: { line: number; start: number; end: number; source: string }[] = [];
  let source = 0;
  map.mappings.split(';').forEach((mapping, line) => {
    const text = lines[line] ?? '';
    let column = 0;
    const marks: [number, string][] = [[0, '(bundler)']];
    for (const part of mapping.split(',')) {
      if (part === '') continue;
      const [dc = 0, ds] = segment(part);
      column += dc;
      if (ds !== undefined) source += ds;
      marks.push([column, ds === undefined ? '(bundler)' : (map.sources[source] ?? '(bundler)')]);
    }
    marks.forEach(([start, name], i) => {
      const end = marks[i + 1]?.[0] ?? text.length;
      if (end > start) owned.push({ line, start, end, source: shorten(name) });
    });
  });
  const total = gzip(code);
  const sources = [...new Set(owned.map((part) => part.source))];
  return sources
    .map((name) => {
      const kept = lines.map(() => [] as string[]);
      let bytes = 0;
      for (const part of owned) {
        const text = lines[part.line]?.slice(part.start, part.end) ?? '';
        if (part.source === name) bytes += text.length;
        else kept[part.line]?.push(text);
      }
      return { source: name, bytes, gzip: total - gzip(kept.map((l) => l.join('')).join('\n')) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
