// `pnpm bench:catalogues`: what hostile and heavy catalogues cost the widgets. It loads the
// demo dataset into a scratch database (PGlite, or a database next to DATABASE_URL's), starts
// the real server, and while a stream of widget lookups runs it sends, in turn:
//   1. one 680 KB catalogue with a 100,000-column header and 2,000 short lines;
//   2. six 10 MB catalogues at once, from six clients.
// For each phase it prints the status and time of each catalogue's answer, the lookups'
// p50/p99/max latency and errors, and the server's resident memory (peak) — before, during and
// after. The figures are the issue's measures; nothing here is a pass/fail threshold.
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiServer } from './harness/api-server.js';
import { scratchBenchDatabase } from './harness/bench-database.js';
import { readDataSample } from './load/data-sample.js';
import { importDataset } from './load/load-dataset.js';

interface Phase {
  name: string;
  lookups: number[];
  errors: number;
  peakRssMb: number;
}

/** Widget lookups one after the other over a few connections until `stop()`. */
function lookupStream(origin: string, lookup: string, phase: Phase, connections = 4) {
  let running = true;
  const loops = Array.from({ length: connections }, async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${origin}${lookup}`);
        await response.arrayBuffer();
        if (response.status !== 200) phase.errors += 1;
      } catch {
        phase.errors += 1;
      }
      phase.lookups.push(performance.now() - started);
      await sleep(5);
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
  };
}

function memorySampler(server: ApiServer, phase: Phase) {
  const timer = setInterval(() => {
    phase.peakRssMb = Math.max(phase.peakRssMb, server.rssMb());
  }, 100);
  return () => clearInterval(timer);
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

async function during(
  server: ApiServer,
  lookup: string,
  name: string,
  work: () => Promise<void>,
): Promise<Phase> {
  const phase: Phase = { name, lookups: [], errors: 0, peakRssMb: server.rssMb() };
  const stopMemory = memorySampler(server, phase);
  const stopLookups = lookupStream(server.origin, lookup, phase);
  await work();
  await stopLookups();
  stopMemory();
  return phase;
}

function printPhase(phase: Phase): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  console.log(
    `  ${phase.name.padEnd(34)} lookups ${String(phase.lookups.length).padStart(5)}  p50 ${ms(percentile(phase.lookups, 50))}  p99 ${ms(percentile(phase.lookups, 99))}  max ${ms(Math.max(0, ...phase.lookups))}  errors ${phase.errors}  peak RSS ${phase.peakRssMb.toFixed(0)} MB`,
  );
}

async function postCatalogue(origin: string, body: string, client: string) {
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/api/inserjeunes/couverture`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', 'X-Forwarded-For': client },
      body,
    });
    const text = await response.text();
    const code = response.ok ? '' : (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    return { status: response.status, code, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, code: String(error), ms: performance.now() - started };
  }
}

/** A catalogue of about `bytes` bytes: valid-looking rows that the data does not know. */
function heavyCatalogue(bytes: number, seed: number): string {
  const lines = ['UAI;Code;Libellé;Commentaire'];
  let size = lines[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const line = `${String(1_000_000 + ((seed * 7919 + i) % 9_000_000)).padStart(7, '0')}X;50022135;Formation ${i};${'commentaire '.repeat(20)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const database = await scratchBenchDatabase('ij_bench_catalogues');
  try {
    console.log(`Catalogue benchmark on ${database.label}`);
    importDataset('demo', database);
    const db = await database.open();
    const [code] = (await readDataSample(db)).nationalCodes;
    await db.close();
    const lookup = `/api/inserjeunes/affichage/${code}?widget=1`;
    const server = await ApiServer.start({
      ...database.env,
      RATE_LIMIT_ANONYME: '1000000',
      TRUST_PROXY: '1',
    });
    try {
      const phases: Phase[] = [];
      phases.push(await during(server, lookup, 'widgets alone (5 s)', () => sleep(5000)));

      const wide = [
        Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(';'),
        ...Array.from({ length: 2000 }, () => 'a;b'),
      ].join('\n');
      let wideAnswer = { status: 0, code: '' as string | undefined, ms: 0 };
      phases.push(
        await during(server, lookup, '680 KB, 100,000 columns', async () => {
          wideAnswer = await postCatalogue(server.origin, wide, '198.51.100.1');
          await sleep(1000);
        }),
      );
      console.log(
        `\n680 KB catalogue (${(wide.length / 1024).toFixed(0)} KB, 100,000 columns): ${wideAnswer.status} ${wideAnswer.code ?? ''} in ${wideAnswer.ms.toFixed(0)} ms; server ${server.exitCode === null ? 'up' : `exited ${server.exitCode}`}`,
      );

      const bodies = Array.from({ length: 6 }, (_, i) => heavyCatalogue(10 * 1024 * 1024, i));
      let answers: Awaited<ReturnType<typeof postCatalogue>>[] = [];
      phases.push(
        await during(server, lookup, 'six 10 MB catalogues at once', async () => {
          answers = await Promise.all(
            bodies.map((body, i) => postCatalogue(server.origin, body, `198.51.100.${10 + i}`)),
          );
        }),
      );
      console.log('six 10 MB catalogues:');
      for (const [i, answer] of answers.entries()) {
        console.log(
          `  client ${i + 1}: ${answer.status} ${answer.code ?? ''} in ${answer.ms.toFixed(0)} ms`,
        );
      }
      phases.push(await during(server, lookup, 'widgets alone, after (5 s)', () => sleep(5000)));

      console.log('\nWidget lookups (4 connections) and server memory, per phase');
      for (const phase of phases) printPhase(phase);
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

await main();
