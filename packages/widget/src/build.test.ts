import { describe, expect, it } from 'vitest';

// The bundle built for these tests (vitest.global-setup.ts), as partners receive it.
const DIST = '/.test-dist';

async function text(path: string): Promise<string> {
  const response = await fetch(`${DIST}/${path}`);
  expect(response.ok, path).toBe(true);
  return response.text();
}

describe('the built bundle', () => {
  it('has entries with stable names, minified, and loads the figures, higher education, explanations and English as hashed chunks', async () => {
    const entry = await text('inserjeunes-indicateurs.js');
    // Minified: no comments, no statement starting an indented line (template text aside).
    expect(entry).not.toContain('/**');
    expect(entry).not.toMatch(/\n\s+(const|let|function|return|if)\s/);
    const chunksOf = (code: string) => [
      ...new Set([...code.matchAll(/chunks\/([\w-]+)-[\w-]{8}\.js/g)].map((m) => m[1])),
    ];
    expect(chunksOf(entry).sort()).toEqual([
      'en',
      'explanations',
      'figures',
      'figures-in-context',
      'superieur',
    ]);
    // The entry holds what a widget needs before its answer: neither the views, nor the
    // chart, nor the explanations' texts are in it; the figures chunk comes with the answer.
    expect(entry).not.toContain('LineController');
    expect(entry).not.toContain('Emploi stable');
    expect(entry).not.toContain('auto-entrepreneurs');
    expect(entry).not.toContain('Share of final-year students');
    expect(entry).not.toContain('reponse_invalide');
    expect(entry).not.toContain('sur 10');
    const chunk = (name: string) =>
      entry.match(new RegExp(`chunks/${name}-[\\w-]{8}\\.js`))?.[0] ?? '';
    // Higher education's view needs the figures chunk and the figures in context, both
    // fetched with the answer as well; it alone asks for the chart.
    expect(chunksOf(await text(chunk('superieur'))).sort()).toEqual([
      'draw-employment-chart',
      'figures',
      'figures-in-context',
    ]);
    // The figures chunk imports nothing but the entry: nothing fetched after it.
    const figures = await text(chunk('figures'));
    expect(chunksOf(figures)).toEqual([]);
    expect(figures).toContain('sur 10');
    // The answer is checked by code generated from the contract, in the figures chunk: no zod.
    expect(figures).toContain('reponse_invalide');
    expect(figures).toContain('donnees_indisponibles');
    expect(figures).not.toMatch(/\b_zod\b|\$Zod/);
    for (const name of ['embed.js', 'embed-frame.js', 'embed.css']) {
      expect((await text(name)).length).toBeGreaterThan(0);
    }
  });

  it('keeps embed.js and embed-frame.js self-contained (no chunk to fetch)', async () => {
    expect(await text('embed.js')).not.toMatch(/\bimport\b/);
    expect(await text('embed-frame.js')).not.toMatch(/\bimport\b/);
  });
});
