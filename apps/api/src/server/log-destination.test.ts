import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { logDestination } from './log-destination.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function logFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ij-log-'));
  folders.push(folder);
  return join(folder, 'api.log');
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { msg: string; n?: number });

describe('the server’s log destination', () => {
  it('writes a lone line of a quiet server without waiting for more', async () => {
    const file = logFile();
    const destination = logDestination({ dest: file, flushMs: 20 });
    await new Promise((resolve) => destination.once('ready', resolve));
    pino(destination).info('request');
    await expect
      .poll(() => lines(file).map((line) => line.msg), { interval: 20, timeout: 5000 })
      .toEqual(['request']);
    destination.end();
  });

  it('keeps every line, in order, when many are written at once', async () => {
    const file = logFile();
    const destination = logDestination({ dest: file, flushMs: 20 });
    await new Promise((resolve) => destination.once('ready', resolve));
    const logger = pino(destination);
    for (let n = 0; n < 2000; n++) logger.info({ n }, 'request');
    destination.flushSync();
    expect(lines(file).map((line) => line.n)).toEqual(Array.from({ length: 2000 }, (_, n) => n));
    destination.end();
  });
});
