/** One route group × status class: its answers, their total time, and how many per bucket. */
interface Row {
  groupe: string;
  statut: string;
  count: number;
  sum: number;
  /** Answers per bucket (not cumulative), the last one past every bound. */
  perBucket: number[];
}

import type { Metric } from 'prom-client';

/** A series as the metrics registry prints it. */
interface SeriesValue {
  metricName: string;
  value: number;
  labels: Record<string, string | number>;
  sharedLabels?: Record<string, string>;
}

/**
 * Answers counted per route group and status class, with their durations, in plain numbers:
 * recording one costs a map look-up and a few additions, and the Prometheus series (a counter
 * and a histogram) are made from them only when the metrics are scraped. Every answer of the
 * server is recorded, the front door's (ADR 56) as well as the framework's.
 */
export class AnswerTally {
  readonly #bounds: readonly number[];
  readonly #rows = new Map<string, (Row | undefined)[]>();
  /** The rows in the order they were first met, as the series are printed. */
  readonly #order: Row[] = [];

  constructor(bounds: readonly number[]) {
    this.#bounds = bounds;
  }

  record(groupe: string, status: number, seconds: number): void {
    let classes = this.#rows.get(groupe);
    if (classes === undefined) {
      classes = [];
      this.#rows.set(groupe, classes);
    }
    const index = Math.floor(status / 100);
    let row = classes[index];
    if (row === undefined) {
      const perBucket = new Array<number>(this.#bounds.length + 1).fill(0);
      row = { groupe, statut: `${index}xx`, count: 0, sum: 0, perBucket };
      classes[index] = row;
      this.#order.push(row);
    }
    row.count += 1;
    row.sum += seconds;
    let bucket = 0;
    while (bucket < this.#bounds.length && seconds > (this.#bounds[bucket] ?? 0)) bucket++;
    row.perBucket[bucket] = (row.perBucket[bucket] ?? 0) + 1;
  }

  /** Each group and status class answered so far, in the order they were first met. */
  rows(): readonly Readonly<Row>[] {
    return this.#order;
  }

  /**
   * A histogram of these bounds for a metrics registry, made from the counts when it is
   * scraped: the registry prints any metric that gives its name, help, type and values.
   */
  histogram(name: string, help: string): Metric {
    const metric = {
      name,
      help,
      type: 'histogram',
      aggregator: 'sum',
      get: async () => ({
        name,
        help,
        type: 'histogram',
        aggregator: 'sum',
        values: this.#series(name),
      }),
    };
    return metric as unknown as Metric;
  }

  /** The histogram's series, as a Prometheus histogram of these bounds prints them. */
  #series(name: string): SeriesValue[] {
    const values: SeriesValue[] = [];
    for (const { groupe, statut, count, sum, perBucket } of this.rows()) {
      const sharedLabels = { groupe, statut };
      let cumulative = 0;
      this.#bounds.forEach((le, i) => {
        cumulative += perBucket[i] ?? 0;
        values.push({
          metricName: `${name}_bucket`,
          value: cumulative,
          labels: { le },
          sharedLabels,
        });
      });
      values.push(
        { metricName: `${name}_bucket`, value: count, labels: { le: '+Inf' }, sharedLabels },
        { metricName: `${name}_sum`, value: sum, labels: {}, sharedLabels },
        { metricName: `${name}_count`, value: count, labels: {}, sharedLabels },
      );
    }
    return values;
  }
}
