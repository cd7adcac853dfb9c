import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer } from './start-http-server.js';
import { stopOnSignals } from './stop-on-signals.js';

const LIMITS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 100,
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('stopping on a signal', () => {
  it('answers the request in flight, then releases, then exits 0, once for two signals', async () => {
    const events: string[] = [];
    let answer = () => {};
    const slow = new Promise<void>((resolve) => {
      answer = resolve;
    });
    let started = () => {};
    const inFlight = new Promise<void>((resolve) => {
      started = resolve;
    });
    let reply: Promise<string> = Promise.resolve('');
    const exited = new Promise<number>((resolve) => {
      let server: Server | undefined;
      server = startHttpServer({
        fetch: async () => {
          started();
          await slow;
          return new Response('fini');
        },
        port: 0,
        limits: LIMITS,
        onListening: (port) => {
          if (server === undefined) return;
          cleanups.push(() => server?.closeAllConnections());
          cleanups.push(
            stopOnSignals({
              server,
              release: async () => {
                events.push('release');
              },
              say: (line) => events.push(line),
              exit: resolve,
            }),
          );
          server.on('request', (_request, response) =>
            response.once('finish', () => events.push('answer sent')),
          );
          reply = fetch(`http://127.0.0.1:${port}/lent`).then(
            async (response) =>
              `${response.status} ${await response.text()} ${response.headers.get('connection')}`,
          );
        },
      });
    });
    await inFlight;

    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGINT', 'SIGINT');
    answer();
    const code = await exited;

    expect(code).toBe(0);
    expect(events.filter((event) => event.startsWith('Arrêt demandé'))).toEqual([
      'Arrêt demandé (SIGTERM) : fin des requêtes en cours, puis fermeture de la base',
    ]);
    // The answer went out whole, and told the client not to reuse the connection.
    expect(await reply).toBe('200 fini close');
    expect(events.slice(1)).toEqual(['answer sent', 'release']);
  });
});
