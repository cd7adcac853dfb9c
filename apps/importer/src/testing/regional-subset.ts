import { readFileSync } from 'node:fs';
import { hasSharedData, sharedData } from './shared-data.js';

/**
 * The lines of the real regional file for a few certifications, in the file's own text
 * (header included), so that database tests import real figures in seconds. The codes are
 * those with the most regional lines, both voies.
 */
export function regionalSubset(codesPerVoie = 12): {
  text: string;
  lines: string[];
  header: string;
} {
  // Without the real files the suites that use this are skipped: they get an empty subset.
  if (!hasSharedData) return { header: '', lines: [], text: '' };
  const text = readFileSync(sharedData('inserjeunes/regional/ij_region_data.csv'), 'utf8');
  const [header = '', ...lines] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const code = (line: string) => {
    const fields = line.split(';');
    return fields[4] === 'scolaire' ? `s:${fields[6]}` : `a:${fields[5]}`;
  };
  const frequency = new Map<string, number>();
  for (const line of lines) frequency.set(code(line), (frequency.get(code(line)) ?? 0) + 1);
  const ranked = [...frequency].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const chosen = new Set([
    ...ranked
      .filter(([key]) => key.startsWith('s:'))
      .slice(0, codesPerVoie)
      .map(([key]) => key),
    ...ranked
      .filter(([key]) => key.startsWith('a:'))
      .slice(0, codesPerVoie)
      .map(([key]) => key),
  ]);
  const kept = lines.filter((line) => chosen.has(code(line)));
  return { header, lines: kept, text: `\uFEFF${[header, ...kept].join('\n')}\n` };
}
