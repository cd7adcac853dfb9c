import { Chart } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { superieurAffichage } from '../testing/fixtures.js';
import { mount, rendered, shadow } from '../testing/mount.js';
import { stubApi } from '../testing/stub-api.js';
import { formatPercent } from '../words/number-format.js';

afterEach(async () => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await page.viewport(414, 896);
});

/** A text written on a canvas, where it lies from left to right, and at which height. */
interface Written {
  text: string;
  left: number;
  right: number;
  y: number;
}

/** Records what the chart writes on its canvas during one drawing. */
function recordCanvasText(): Written[] {
  const written: Written[] = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  vi.spyOn(CanvasRenderingContext2D.prototype, 'fillText').mockImplementation(function (
    this: CanvasRenderingContext2D,
    text: string,
    x: number,
    y: number,
    maxWidth?: number,
  ) {
    const point = this.getTransform().transformPoint({ x, y });
    const width = this.measureText(text).width;
    const left =
      this.textAlign === 'center'
        ? point.x - width / 2
        : this.textAlign === 'right' || this.textAlign === 'end'
          ? point.x - width
          : point.x;
    written.push({ text, left, right: left + width, y: Math.round(point.y) });
    fillText.call(this, text, x, y, maxWidth);
  });
  return written;
}

/** Mounts the superieur view in a column `width` px wide and returns what one drawing of its chart writes. */
async function drawnChart(width: number, lang: 'fr' | 'en') {
  stubApi(() => ({ status: 200, body: superieurAffichage() }));
  const column = document.createElement('div');
  column.style.cssText = `width: ${width}px; font: 16px sans-serif`;
  document.body.append(column);
  const element = await mount({ code: '2400074', lang }, column);
  await element.chartsComplete;
  const canvas = shadow(element).querySelector('canvas') as HTMLCanvasElement;
  const chart = Chart.getChart(canvas);
  if (chart === undefined) throw new Error('no chart drawn');
  chart.stop();
  const written = recordCanvasText();
  chart.update('none');
  return { element, written };
}

/** Pairs of texts of one row that touch or overlap (less than 2 px apart). */
function touching(texts: readonly Written[]): string[] {
  const sorted = [...texts].sort((a, b) => a.left - b.left);
  return sorted.slice(1).flatMap((text, i) => {
    const before = sorted[i];
    return before !== undefined && text.left - before.right < 2
      ? [`${before.text}|${text.text}`]
      : [];
  });
}

describe('superieur: the employment chart', () => {
  it('writes every employment value on the chart, not only in the table', async () => {
    const { written } = await drawnChart(1000, 'fr');
    const values = written.map((entry) => entry.text).filter((text) => text.endsWith('%'));
    for (const value of ['62\u00a0%', '74\u00a0%', '80\u00a0%', '83\u00a0%', '85\u00a0%']) {
      expect(values).toContain(value);
    }
  });

  it.each([
    ['fr', 'mois après le diplôme'],
    ['en', 'months after graduation'],
  ] as const)(
    'labels its months short, in %s, and nothing touches at 320 px',
    async (lang, title) => {
      const { element, written } = await drawnChart(320, lang);
      const texts = written.map((entry) => entry.text);
      expect(texts).toContain(title);
      const months = written.filter((entry) => ['6', '12', '18', '24', '30'].includes(entry.text));
      expect(months.map((entry) => entry.text)).toEqual(['6', '12', '18', '24', '30']);
      expect(touching(months)).toEqual([]);
      // The vertical scale writes 0 to 100 %; the points' values are the others.
      const scale = new Set([0, 25, 50, 75, 100].map((value) => formatPercent(value, lang)));
      const onPoints = written.filter(
        (entry) => entry.text.endsWith('%') && !scale.has(entry.text),
      );
      expect(onPoints).toHaveLength(5);
      expect(touching(onPoints)).toEqual([]);
      // Every value lies inside the canvas, the first and the last too (in its pixels).
      const canvas = shadow(element).querySelector('canvas') as HTMLCanvasElement;
      for (const entry of onPoints) {
        expect(entry.left, entry.text).toBeGreaterThanOrEqual(0);
        expect(entry.right, entry.text).toBeLessThanOrEqual(canvas.width);
      }
    },
  );

  it.each(['fr', 'en'] as const)(
    'keeps the table for screen readers from widening a 300 px page, in %s',
    async (lang) => {
      await page.viewport(300, 800);
      stubApi(() => ({ status: 200, body: superieurAffichage() }));
      const element = await mount({ code: '2400074', lang });
      await element.chartsComplete;
      const table = shadow(element).querySelector('table');
      expect(table).not.toBeNull();
      // Whatever its text, the table lies in a box that takes no room (a table itself is never
      // narrower than its text, whatever width it is given).
      const hidden = table?.closest('.sr')?.getBoundingClientRect();
      expect(hidden?.width).toBeLessThanOrEqual(1);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(300);
    },
  );
});

describe('superieur: the salary', () => {
  it('draws the middle half of salaries on a scale whose graduations are written, apart at 320 px', async () => {
    stubApi(() => ({ status: 200, body: superieurAffichage() }));
    const column = document.createElement('div');
    column.style.cssText = 'width: 320px; font: 16px sans-serif';
    document.body.append(column);
    const element = await mount({ code: '2400074' }, column);
    const scale = shadow(element).querySelector('[part~="salary"] svg') as SVGSVGElement;
    const labels = [...scale.querySelectorAll('text')];
    expect(labels.map((label) => label.textContent)).toEqual([
      '0\u00a0€',
      '1\u202f000\u00a0€',
      '2\u202f000\u00a0€',
      '3\u202f000\u00a0€',
      '4\u202f000\u00a0€',
    ]);
    const boxes = labels.map((label) => label.getBoundingClientRect());
    const box = scale.getBoundingClientRect();
    for (const [i, rect] of boxes.entries()) {
      expect(rect.left).toBeGreaterThanOrEqual(box.left - 1);
      expect(rect.right).toBeLessThanOrEqual(box.right + 1);
      const next = boxes[i + 1];
      if (next !== undefined) expect(next.left - rect.right).toBeGreaterThan(2);
    }
    const range = scale.querySelector('.fill.salaire');
    expect(Number.parseFloat(range?.getAttribute('x') ?? '')).toBeCloseTo((2010 / 4000) * 100, 0);
  });

  it('says each thing once: no sentence or heading repeated', async () => {
    stubApi(() => ({ status: 200, body: superieurAffichage() }));
    const element = await mount({ code: '2400074' });
    const text = rendered(shadow(element).querySelector('.card'));
    const card = shadow(element).querySelector('.card') as HTMLElement;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what a reader sees.
    const visible = card.innerText
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 3);
    expect(visible.filter((line, i) => visible.indexOf(line) !== i)).toEqual([]);
    expect(text.match(/Un quart gagne moins de/g)).toHaveLength(1);
    expect(text).not.toContain('Un salarié sur deux');
  });
});
