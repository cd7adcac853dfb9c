import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  type Plugin,
  PointElement,
} from 'chart.js';
import type { EmploymentSeries } from './employment-series.js';

// Only what a line chart needs: the rest of chart.js stays out of the chunk.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

/** Room above the highest point for its value, in pixels. */
const LABEL_ROOM = 24;

interface PointValues {
  labels: string[];
  /** A canvas font (`bold 14px Georgia`): the page's, as the axes. */
  font: string;
  color: string;
}

/**
 * Writes each point's value above it (`62 %`): the reader sees the numbers on the chart,
 * not only in the table that screen readers read. `current` is what to write, updated with
 * the chart.
 */
function pointValues(current: { values: PointValues }): Plugin<'line'> {
  return {
    id: 'pointValues',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const { labels, font, color } = current.values;
      ctx.save();
      ctx.font = font;
      ctx.fillStyle = color;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.getDatasetMeta(0).data.forEach((point, index) => {
        const label = labels[index] ?? '';
        if (label !== '') ctx.fillText(label, point.x, point.y - 8);
      });
      ctx.restore();
    },
  };
}

function valuesOf(series: EmploymentSeries, theme: ChartTheme): PointValues {
  return {
    labels: series.valueLabels,
    font: `bold ${theme.fontSize}px ${theme.fontFamily}`,
    color: theme.text,
  };
}

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
          order: 0,
        },
        // Earlier promotions: thin dashed lines without points, behind this one's.
        ...(series.previous ?? []).map((previous) => ({
          label: previous.label,
          data: previous.values,
          borderColor: theme.grid,
          backgroundColor: theme.grid,
          pointRadius: 0,
          borderWidth: 2,
          borderDash: [6, 4],
          spanGaps: true,
          order: 1,
        })),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? (false as const) : { duration: 400 },
      color: theme.text,
      font,
      events: [],
      layout: { padding: { top: LABEL_ROOM, left: 4, right: 4 } },
      scales: {
        x: {
          ...axis,
          // Numbers alone fit side by side at 280 px: never turned, never skipped. Each
          // point in the middle of its slot, so the values above the first and last fit.
          offset: true,
          ticks: { ...axis.ticks, maxRotation: 0, autoSkip: false },
          title: { display: true, text: series.axisTitle, color: theme.text, font },
        },
        y: {
          ...axis,
          min: 0,
          max: 100,
          ticks: {
            ...axis.ticks,
            stepSize: 25,
            callback: (value: string | number) =>
              series.scaleLabels[Number(value) / 25] ?? `${value} %`,
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
  const current = { values: valuesOf(series, theme) };
  const chart = new Chart(canvas, { ...config(series, theme), plugins: [pointValues(current)] });
  return {
    update(next, nextTheme) {
      const { data, options } = config(next, nextTheme);
      current.values = valuesOf(next, nextTheme);
      chart.data = data;
      chart.options = options;
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
