import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpLimits } from '../env.js';
import { startHttpServer } from './start-http-server.js';

const LIMITS: HttpLimits = {
  headersTimeoutMs: 1000,
  requestTimeoutMs: 2000,
  keepAliveTimeoutMs: 1000,
  maxConnections: 3,
};

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

function listen(limits: HttpLimits): Promise<number> {
  return new Promise((resolve) => {
    server = startHttpServer({
      fetch: () => new Response('ok'),
      port: 0,
      limits,
      onListening: resolve,
    });
  });
}

/** A raw connection; resolves with everything the server sent once it closes the connection. */
function open(port: number): { socket: Socket; closed: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  const closed = new Promise<string>((resolve) => {
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(received));
  });
  return { socket, closed };
}

describe('the HTTP server and slow clients', () => {
  it('cuts off a client that never finishes its headers, with a 408', async () => {
    const port = await listen(LIMITS);
    const { socket, closed } = open(port);
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nX-Lent: ');

    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a keep-alive connection left idle after its answer', async () => {
    const port = await listen(LIMITS);
    const { socket, closed } = open(port);
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');

    const received = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toMatch(/Keep-Alive: timeout=1/);
  });

  it('closes connections beyond the cap at once, and answers those within it', async () => {
    const port = await listen({ ...LIMITS, maxConnections: 1 });
    const first = open(port);
    await new Promise((resolve) => first.socket.once('connect', resolve));
    const second = open(port);

    expect(await second.closed).toBe('');
    first.socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(await first.closed).toMatch(/^HTTP\/1\.1 200/);
  });
});
