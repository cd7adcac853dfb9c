import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { createDb } from '@inserjeunes/db';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, lockHolder, ServedByPnpm } from './served-by-pnpm.js';

const CLIENTS = 6;
const WIDGET_PATH = '/api/inserjeunes/affichage/40025214?region=84';
/** Catalogues still being checked when the signal comes (they are checked one at a time). */
const CATALOGUES = 2;
const CATALOGUE_ROWS = 4000;

interface Outcome {
  sentBeforeSignal: boolean;
  status: number | null;
  failure?: string;
}

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function catalogue(): string {
  const rows = Array.from({ length: CATALOGUE_ROWS }, (_, i) => `${40025000 + (i % 500)}`);
  return `Code\n${rows.join('\n')}\n`;
}

/**
 * A supervisor stops `pnpm serve` with SIGTERM (sent to pnpm, the process it started) while
 * clients keep asking: every request sent before the signal gets its answer, catalogue checks
 * under way included; the server exits 0 (its own deadline, 9.5 s after the signal, would
 * make it 1), leaves no process behind, and the usage counted until the end is in the
 * database.
 */
describe('SIGTERM to pnpm serve under load', () => {
  it('finishes the requests in flight, writes the usage, and leaves nothing running', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ij-arret-')), 'pglite');
    folders.push(dir);
    // Behind one trusted proxy, so that each catalogue comes from a client of its own (one
    // client's second catalogue would wait for its first with a 429).
    const served = await ServedByPnpm.start(dir, {
      RATE_LIMIT_ANONYME: '1000000',
      TRUST_PROXY: '1',
    });
    try {
      expect(served.origin, served.output.join('\n')).not.toBe('');
      const server = lockHolder(dir);
      let signalled = false;
      const outcomes: Outcome[] = [];
      const ask = async (path: string, init?: RequestInit): Promise<Outcome> => {
        const sentBeforeSignal = !signalled;
        try {
          const response = await fetch(`${served.origin}${path}`, init);
          await response.arrayBuffer();
          return { sentBeforeSignal, status: response.status };
        } catch (error) {
          const cause =
            error instanceof Error && error.cause instanceof Error ? error.cause : error;
          return { sentBeforeSignal, status: null, failure: String(cause) };
        }
      };
      // Widgets asking in a loop until the server no longer answers.
      const widgets = Array.from({ length: CLIENTS }, async () => {
        for (;;) {
          const outcome = await ask(WIDGET_PATH);
          outcomes.push(outcome);
          if (outcome.status === null) return;
        }
      });
      await setTimeout(500);
      const catalogues = Array.from({ length: CATALOGUES }, (_, i) =>
        ask('/api/inserjeunes/couverture', {
          method: 'POST',
          headers: { 'Content-Type': 'text/csv', 'X-Forwarded-For': `198.51.100.${i + 1}` },
          body: catalogue(),
        }),
      );
      await setTimeout(200);
      signalled = true;
      const signalAt = performance.now();
      served.signal('SIGTERM');
      const ending = await served.ended();
      const stoppedMs = performance.now() - signalAt;
      await Promise.all(widgets);
      const checked = await Promise.all(catalogues);

      const before = outcomes.filter((outcome) => outcome.sentBeforeSignal);
      const answered = outcomes.filter((outcome) => outcome.status !== null);
      console.log(
        [
          `SIGTERM to pnpm (pid ${served.pnpmPid}; server pid ${server}) after ${outcomes.length} widget requests:`,
          `  pnpm ended with code ${ending.code} after ${(stoppedMs / 1000).toFixed(1)} s; server still running: ${isRunning(server)}`,
          `  widget requests sent before the signal: ${before.length}, answered: ${before.filter((o) => o.status !== null).length}`,
          `  catalogues in flight: ${checked.map((o) => o.status ?? o.failure).join(', ')}`,
          `  after the signal: ${outcomes.length - before.length} sent, refused: ${outcomes
            .filter((o) => o.status === null)
            .map((o) => o.failure)
            .join(' | ')}`,
          ...served.output.filter((line) => !line.startsWith('>')).map((line) => `  | ${line}`),
        ].join('\n'),
      );

      expect(ending.code, served.output.join('\n')).toBe(0);
      expect(isRunning(server)).toBe(false);
      for (const outcome of [...before, ...checked]) {
        expect(outcome.status, outcome.failure).not.toBeNull();
        expect(outcome.status).toBeLessThan(500);
      }
      expect(checked.map((outcome) => outcome.status)).toEqual(
        Array.from({ length: CATALOGUES }, () => 200),
      );

      // The usage written by the server before it closed the database counts every answer.
      const db = await createDb({ pgliteDir: dir });
      try {
        const [usage] = await db.query<{ appels: number }>(
          "select coalesce(sum(appels), 0)::int as appels from usage_quotidien where route like '%affichage%'",
        );
        expect(usage?.appels).toBe(answered.length);
      } finally {
        await db.close();
      }
    } finally {
      served.killGroup();
    }
  }, 180_000);
});
