import type { ReactiveController, ReactiveElement } from 'lit';
import type { ChartTheme, EmploymentChart } from './draw-employment-chart.js';
import type { EmploymentSeries } from './employment-series.js';

/**
 * Draws the charts a view asks for (`<canvas data-series>`), loading chart.js only then:
 * views without a chart never fetch it.
 */
export class ChartController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #charts = new Map<HTMLCanvasElement, { chart: EmploymentChart; series: string }>();
  /** Resolves once the charts of the last render are drawn. */
  drawn: Promise<void> = Promise.resolve();

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const canvases = [
      ...this.#host.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-series]'),
    ];
    this.#prune();
    if (canvases.length === 0) return;
    const theme = this.#theme(canvases[0]);
    this.drawn = import('./draw-employment-chart.js').then(({ drawEmploymentChart }) => {
      for (const canvas of canvases) {
        if (!canvas.isConnected) continue;
        const raw = canvas.dataset.series ?? '';
        const series = JSON.parse(raw) as EmploymentSeries;
        const current = this.#charts.get(canvas);
        if (current === undefined) {
          this.#charts.set(canvas, {
            chart: drawEmploymentChart(canvas, series, theme),
            series: raw,
          });
        } else if (current.series !== raw) {
          current.chart.update(series, theme);
          current.series = raw;
        }
      }
    });
  }

  hostDisconnected(): void {
    for (const { chart } of this.#charts.values()) chart.destroy();
    this.#charts.clear();
  }

  #prune(): void {
    for (const [canvas, { chart }] of this.#charts) {
      if (canvas.isConnected) continue;
      chart.destroy();
      this.#charts.delete(canvas);
    }
  }

  /** Colours resolved by the browser from the widget's custom properties, and its font. */
  #theme(canvas: HTMLCanvasElement | undefined): ChartTheme {
    const host = getComputedStyle(this.#host);
    const box = canvas?.parentElement ? getComputedStyle(canvas.parentElement) : host;
    return {
      fontFamily: host.fontFamily,
      fontSize: Math.max(12, Number.parseFloat(host.fontSize) * 0.875 || 14),
      text: box.color,
      grid: box.borderTopColor,
      line: box.outlineColor,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
  }
}
