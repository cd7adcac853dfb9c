import { describe, expect, it } from 'vitest';

// The bundle built for these tests (vitest.global-setup.ts), as partners receive it.
const DIST = '/.test-dist';

async function text(path: string): Promise<string> {
  const response = await fetch(`${DIST}/${path}`);
  expect(response.ok, path).toBe(true);
  return response.text();
}

describe('the built bundle', () => {
  it('has entries with stable names, minified, and loads higher education, explanations and English as hashed chunks', async () => {
    const entry = await text('inserjeunes-indicateurs.js');
    // Minified: no comments, no statement starting an indented line (template text aside).
    expect(entry).not.toContain('/**');
    expect(entry).not.toMatch(/\n\s+(const|let|function|return|if)\s/);
    const chunksOf = (code: string) =>
      [...code.matchAll(/chunks\/([\w-]+)-[\w-]{8}\.js/g)].map((m) => m[1]);
    expect(chunksOf(entry).sort()).toEqual([
      'en',
      'explanations',
      'figures-in-context',
      'superieur',
    ]);
    // 3eme and lycee render from the entry alone: neither the higher-education view, nor
    // the chart, nor the explanations' texts are in it.
    expect(entry).not.toContain('LineController');
    expect(entry).not.toContain('Emploi stable');
    expect(entry).not.toContain('auto-entrepreneurs');
    expect(entry).not.toContain('Share of final-year students');
    const superieur = entry.match(/chunks\/superieur-[\w-]{8}\.js/)?.[0] ?? '';
    expect(chunksOf(await text(superieur)).sort()).toEqual([
      'draw-employment-chart',
      'figures-in-context',
    ]);
    // The answer is checked by code generated from the contract, in the entry: no zod.
    expect(entry).toContain('effectif_insuffisant');
    expect(entry).not.toMatch(/\b_zod\b|\$Zod/);
    for (const name of ['embed.js', 'embed-frame.js', 'embed.css']) {
      expect((await text(name)).length).toBeGreaterThan(0);
    }
  });

  it('keeps embed.js and embed-frame.js self-contained (no chunk to fetch)', async () => {
    expect(await text('embed.js')).not.toMatch(/\bimport\b/);
    expect(await text('embed-frame.js')).not.toMatch(/\bimport\b/);
  });
});
