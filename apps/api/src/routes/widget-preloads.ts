import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Audience, inferAudience, parseCertificationCode } from '@inserjeunes/contract';
import type { EmbedQuery } from './widget-embed-query.js';

/**
 * The widget's chunks (content-hashed names) an embed page asks for before its script has
 * run, so that they come with the script rather than after it: what draws figures always,
 * higher education's view for that audience, English for an English page. Never the chart
 * (43 KB br): preloaded, it would share the bandwidth with the script and delay the figures;
 * the widget asks for it with its answer.
 */
const CHUNKS: { name: string; wanted: (audience: Audience, query: EmbedQuery) => boolean }[] = [
  { name: 'figures', wanted: () => true },
  { name: 'superieur', wanted: (audience) => audience === 'superieur' },
  { name: 'en', wanted: (_audience, query) => query.lang === 'en' },
];

/** The chunk files of a build, read once per entry version (`version`: its ETag). */
export function chunkPreloads(distDir: string) {
  let known: { version: string; files: string[] } | null = null;
  return async (version: string, query: EmbedQuery): Promise<string[]> => {
    if (known?.version !== version) {
      const files = await readdir(join(distDir, 'chunks')).catch(() => []);
      known = { version, files };
    }
    const first = parseCertificationCode(query.code.split(',')[0] ?? '');
    const audience = query.audience ?? (first.ok ? inferAudience(first.value) : '3eme');
    const files = known.files;
    return CHUNKS.filter((chunk) => chunk.wanted(audience, query)).flatMap((chunk) => {
      const file = files.find((name) => new RegExp(`^${chunk.name}-[\\w-]+\\.js$`).test(name));
      return file === undefined ? [] : [`/widget/v1/chunks/${file}`];
    });
  };
}
