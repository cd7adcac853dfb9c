import { createHistogram, monitorEventLoopDelay, type RecordableHistogram } from 'node:perf_hooks';
import type { HostileClass } from './hostile-class.js';

/** What the requests of one class caused: answers, and the process while one was in flight. */
export interface ClassFigures {
  count: number;
  /** Statuses seen, `closed` for a connection closed without an answer, `none` for a hang. */
  statuses: Map<string, number>;
  peakRssMb: number;
  peakHeapMb: number;
  /** The longest event-loop delay during each request, over the requests, in milliseconds. */
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

interface Meter {
  figures: ClassFigures;
  /** Per request, the longest event-loop delay seen during it, in microseconds. */
  worst: RecordableHistogram;
  inFlight: number;
}

/** A request in flight, with the event-loop monitor of its own time. */
export interface Measure {
  name: string;
  loop: ReturnType<typeof monitorEventLoopDelay>;
}

/** The ordinary draws, measured the same way so that the hostile ones have a baseline. */
export const ORDINARY = 'ordinary';

/** How often memory is sampled while requests are in flight. */
const SAMPLE_MS = 20;

/**
 * Measures, per hostile class, the process while requests of that class are in flight: the
 * peak RSS and heap (sampled every 20 ms and at each answer) and, per request, the longest
 * event-loop delay during it (a `monitorEventLoopDelay` of its own: one re-enabled would count
 * the time it was off as delay). The runner sends a hostile request alone, so its figures are
 * its own; ordinary ones run side by side.
 */
export class HostileMeter {
  readonly #meters = new Map<string, Meter>();
  readonly #sampler: NodeJS.Timeout;

  constructor() {
    this.#sampler = setInterval(() => this.#sample(), SAMPLE_MS);
    this.#sampler.unref();
  }

  /** A request of `name` leaves. */
  start(name: HostileClass | typeof ORDINARY): Measure {
    const meter = this.#meter(name);
    meter.figures.count++;
    meter.inFlight++;
    this.#sample();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    return { name, loop };
  }

  /** The request was answered with `status` (or `closed`, `none`). */
  end(measure: Measure, status: string): void {
    measure.loop.disable();
    const meter = this.#meter(measure.name);
    this.#sample();
    meter.figures.statuses.set(status, (meter.figures.statuses.get(status) ?? 0) + 1);
    meter.inFlight--;
    // A request shorter than the monitor's resolution shows no delay: it is counted as 1 µs.
    const worst = measure.loop.count === 0 ? 1 : Math.max(1, Math.round(measure.loop.max / 1000));
    meter.worst.record(worst);
  }

  /** Stops measuring; the figures per class, hostile ones first, ordinary draws last. */
  close(): Map<string, ClassFigures> {
    clearInterval(this.#sampler);
    const result = new Map<string, ClassFigures>();
    const names = [...this.#meters.keys()].sort((a, b) =>
      a === ORDINARY ? 1 : b === ORDINARY ? -1 : a.localeCompare(b),
    );
    for (const name of names) {
      const meter = this.#meters.get(name);
      if (meter === undefined) continue;
      const ms = (us: number) => (us <= 1 ? 0 : us / 1000);
      const empty = meter.worst.count === 0;
      result.set(name, {
        ...meter.figures,
        loopP50Ms: empty ? 0 : ms(meter.worst.percentile(50)),
        loopP99Ms: empty ? 0 : ms(meter.worst.percentile(99)),
        loopMaxMs: empty ? 0 : ms(meter.worst.max),
      });
    }
    return result;
  }

  #meter(name: string): Meter {
    let meter = this.#meters.get(name);
    if (meter === undefined) {
      meter = {
        figures: {
          count: 0,
          statuses: new Map(),
          peakRssMb: 0,
          peakHeapMb: 0,
          loopP50Ms: 0,
          loopP99Ms: 0,
          loopMaxMs: 0,
        },
        worst: createHistogram(),
        inFlight: 0,
      };
      this.#meters.set(name, meter);
    }
    return meter;
  }

  #sample(): void {
    const usage = process.memoryUsage();
    const rss = usage.rss / 1024 / 1024;
    const heap = usage.heapUsed / 1024 / 1024;
    for (const meter of this.#meters.values()) {
      if (meter.inFlight === 0) continue;
      meter.figures.peakRssMb = Math.max(meter.figures.peakRssMb, rss);
      meter.figures.peakHeapMb = Math.max(meter.figures.peakHeapMb, heap);
    }
  }
}

/** The figures as report lines: one per class. */
export function formatClassFigures(figures: Map<string, ClassFigures>): string[] {
  const lines = [
    '  per class (memory: process peak while one was in flight; event loop: longest delay during each request, p50/p99/max over the requests, 0.0 = under the 10 ms resolution):',
  ];
  for (const [name, f] of figures) {
    const statuses = [...f.statuses]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status}×${n}`)
      .join(', ');
    const loop =
      f.loopMaxMs === 0
        ? 'loop: no delay measured (each under the 10 ms resolution)'
        : `loop ${f.loopP50Ms.toFixed(1)}/${f.loopP99Ms.toFixed(1)}/${f.loopMaxMs.toFixed(1)} ms`;
    lines.push(
      `    ${name.padEnd(22)} ${String(f.count).padStart(5)}  peak RSS ${f.peakRssMb.toFixed(0)} MB, heap ${f.peakHeapMb.toFixed(1)} MB; ${loop}; ${statuses}`,
    );
  }
  return lines;
}
