import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

/** Colours with at least 3:1 contrast on white, one per series. */
export const SERIES_COLOURS = ['#1d4ed8', '#b45309', '#15803d', '#7e22ce', '#be123c', '#0e7490'];

export interface Series {
  label: string;
  values: readonly (number | null)[];
}

/**
 * Draws a bar or line chart in `canvas`. Tree-shaken chart.js has no default colours and
 * does not inherit the page's font: both are set here from the page. The canvas gets a
 * text alternative; the numbers themselves are in the table that follows each chart.
 */
export function drawChart(
  canvas: HTMLCanvasElement,
  type: 'bar' | 'line',
  labels: readonly string[],
  series: readonly Series[],
  description: string,
  horizontal = false,
): Chart {
  const style = getComputedStyle(document.body);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', description);
  const existing = Chart.getChart(canvas);
  existing?.destroy();
  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type,
    data: {
      labels: [...labels],
      datasets: series.map((entry, index) => {
        const colour = SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#1d4ed8';
        return {
          label: entry.label,
          data: [...entry.values],
          backgroundColor: colour,
          borderColor: colour,
          borderWidth: 2,
          pointRadius: 3,
          spanGaps: true,
        };
      }),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : undefined,
      font: { family: style.fontFamily, size: 13 },
      color: style.color,
      scales: {
        [horizontal ? 'y' : 'x']: {
          ticks: { color: style.color, font: { family: style.fontFamily } },
          grid: { color: '#e3e5ea' },
        },
        [horizontal ? 'x' : 'y']: {
          beginAtZero: true,
          ticks: { color: style.color, font: { family: style.fontFamily }, precision: 0 },
          grid: { color: '#e3e5ea' },
        },
      },
      plugins: {
        legend: { labels: { color: style.color, font: { family: style.fontFamily } } },
        tooltip: {
          titleFont: { family: style.fontFamily },
          bodyFont: { family: style.fontFamily },
        },
      },
    },
  };
  return new Chart(canvas, config as ChartConfiguration);
}
