import type { ApiServer } from '../harness/api-server.js';

/** The server's memory at one moment of the load. */
export interface MemorySample {
  atS: number;
  rssMb: number;
  /** From the server's own report; undefined until its first report. */
  heapUsedMb: number | undefined;
  heapTotalMb: number | undefined;
  requests: number;
}

export interface MemoryVerdict {
  middleRssMb: number;
  lastRssMb: number;
  growth: number;
  steady: boolean;
  middleHeapMb: number | undefined;
  lastHeapMb: number | undefined;
}

/** Growth of resident memory from the middle third to the last third that still counts as steady. */
export const STEADY_GROWTH = 0.1;

const MB = 1024 * 1024;

/** Samples the server's memory every `intervalS` seconds until stopped. */
export function sampleMemory(
  server: ApiServer,
  intervalS: number,
  requestsSoFar: () => number,
  onSample: (sample: MemorySample) => void,
): { samples: MemorySample[]; stop: () => void } {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const timer = setInterval(() => {
    if (server.exitCode !== null) return;
    const sample: MemorySample = {
      atS: (performance.now() - started) / 1000,
      rssMb: server.rssMb(),
      heapUsedMb: server.heap === undefined ? undefined : server.heap.heapUsed / MB,
      heapTotalMb: server.heap === undefined ? undefined : server.heap.heapTotal / MB,
      requests: requestsSoFar(),
    };
    samples.push(sample);
    onSample(sample);
  }, intervalS * 1000);
  return { samples, stop: () => clearInterval(timer) };
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Whether memory held steady: the mean resident memory over the last third of the run
 * against the middle third (the first third is warm-up: caches fill, code gets compiled).
 */
export function memoryVerdict(samples: readonly MemorySample[], durationS: number): MemoryVerdict {
  const middle = samples.filter((s) => s.atS > durationS / 3 && s.atS <= (2 * durationS) / 3);
  const last = samples.filter((s) => s.atS > (2 * durationS) / 3);
  const middleRssMb = mean(middle.map((s) => s.rssMb));
  const lastRssMb = mean(last.map((s) => s.rssMb));
  const growth = (lastRssMb - middleRssMb) / middleRssMb;
  const heap = (of: readonly MemorySample[]) => {
    const values = of.flatMap((s) => (s.heapUsedMb === undefined ? [] : [s.heapUsedMb]));
    return values.length === 0 ? undefined : mean(values);
  };
  return {
    middleRssMb,
    lastRssMb,
    growth,
    steady: Number.isFinite(growth) && growth < STEADY_GROWTH,
    middleHeapMb: heap(middle),
    lastHeapMb: heap(last),
  };
}
