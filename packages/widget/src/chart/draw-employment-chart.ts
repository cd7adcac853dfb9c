import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import type { EmploymentSeries } from './employment-series.js';

// Only what a line chart needs: the rest of chart.js stays out of the chunk.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

/**
 * Colours and font, read from the page: tree-shaken chart.js has no default colours and
 * draws on a canvas, where the page's font is not inherited.
 */
export interface ChartTheme {
  fontFamily: string;
  fontSize: number;
  text: string;
  grid: string;
  line: string;
  reducedMotion: boolean;
}

export interface EmploymentChart {
  update(series: EmploymentSeries, theme: ChartTheme): void;
  destroy(): void;
}

function config(series: EmploymentSeries, theme: ChartTheme) {
  const font = { family: theme.fontFamily, size: theme.fontSize };
  const axis = {
    ticks: { color: theme.text, font },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
  return {
    type: 'line' as const,
    data: {
      labels: series.labels,
      datasets: [
        {
          label: series.label,
          data: series.values,
          borderColor: theme.line,
          backgroundColor: theme.line,
          pointBackgroundColor: theme.line,
          pointRadius: 4,
          borderWidth: 3,
          spanGaps: true,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? (false as const) : { duration: 400 },
      color: theme.text,
      font,
      events: [],
      scales: {
        x: axis,
        y: {
          ...axis,
          min: 0,
          max: 100,
          ticks: {
            ...axis.ticks,
            stepSize: 25,
            callback: (value: string | number) => `${value} %`,
          },
        },
      },
    },
  };
}

/** Draws salaried employment over time on `canvas`; the numbers are also in a table beside it. */
export function drawEmploymentChart(
  canvas: HTMLCanvasElement,
  series: EmploymentSeries,
  theme: ChartTheme,
): EmploymentChart {
  const chart = new Chart(canvas, config(series, theme));
  return {
    update(next, nextTheme) {
      const { data, options } = config(next, nextTheme);
      chart.data = data;
      chart.options = options;
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
