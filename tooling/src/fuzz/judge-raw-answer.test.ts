import type { Server } from 'node:http';
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import { type HttpLimits, startHttpServer } from '@inserjeunes/api';
import { afterEach, describe, expect, it } from 'vitest';
import type { FuzzRequest } from './draw-request.js';
import type { Transport } from './hostile-class.js';
import { judgeRawAnswer } from './judge-raw-answer.js';
import { parseAnswer, type RawClientOptions, sendRaw } from './raw-client.js';

const LIMITS: HttpLimits = {
  headersTimeoutMs: 300,
  requestTimeoutMs: 1_000,
  keepAliveTimeoutMs: 1_000,
  maxConnections: 16,
};
const JUDGE = { widgetBuilt: true, galleryBuilt: true };

function request(url: string, transport: Transport): FuzzRequest {
  return {
    method: 'GET',
    url,
    headers: {},
    body: null,
    target: 'GET /api/inserjeunes/codes/{code}',
    hostile: transport === 'raw' ? 'raw bytes in the path' : 'slow client',
    transport,
  };
}

function client(port: number, guardMs = 8_000): RawClientOptions {
  return {
    port,
    guardMs,
    byteMs: 20,
    headersTimeoutMs: LIMITS.headersTimeoutMs,
    requestTimeoutMs: LIMITS.requestTimeoutMs,
  };
}

const opened: (Server | NetServer)[] = [];
afterEach(async () => {
  for (const server of opened.splice(0)) {
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** The project's HTTP server in front of an app that reads the whole body, then answers. */
function realServer(): Promise<number> {
  return new Promise((resolve) => {
    const server = startHttpServer({
      fetch: async (incoming) => Response.json({ read: (await incoming.text()).length }),
      port: 0,
      limits: LIMITS,
      onListening: resolve,
    });
    opened.push(server);
  });
}

/** A bare TCP server that does `onData` with what it reads: what a careless server would do. */
function bareServer(onData: (socket: Socket) => void): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      socket.once('data', () => onData(socket));
      socket.on('error', () => {});
    });
    opened.push(server);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
}

describe('the fuzzer’s raw clients and their judge', () => {
  it.each([
    ['a raw backslash', '/api\\inserjeunes\\codes\\40025214'],
    ['a raw space', '/api/inserjeunes/codes/400 25214'],
  ])(
    'passes the HTTP server’s answer to %s in the path: a JSON error with CORS',
    async (_name, url) => {
      const port = await realServer();
      const raw = request(url, 'raw');
      const outcome = await sendRaw(raw, client(port));

      expect(outcome).toMatchObject({ kind: 'answer', status: 400 });
      expect(judgeRawAnswer(raw, outcome, JUDGE)).toBeNull();
    },
  );

  it('flags the empty 400 without headers a bare HTTP parser gives to a backslash', async () => {
    const port = await bareServer((socket) =>
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'),
    );
    const raw = request('/api\\inserjeunes', 'raw');
    const outcome = await sendRaw(raw, client(port));

    expect(judgeRawAnswer(raw, outcome, JUDGE)).toMatchObject({ kind: 'bad-4xx' });
  });

  it('sees a client dribbling its headers cut off by the server, with a 408 or a closed connection', async () => {
    const port = await realServer();
    const slow = request('/api/inserjeunes/codes/40025214', 'slow-headers');
    const outcome = await sendRaw(slow, client(port));

    expect(outcome.kind === 'closed' || (outcome.kind === 'answer' && outcome.status === 408)).toBe(
      true,
    );
    expect(judgeRawAnswer(slow, outcome, JUDGE)).toBeNull();
  });

  it('sees a client dribbling its body cut off by the server, never answered as if complete', async () => {
    const port = await realServer();
    const slow: FuzzRequest = {
      ...request('/api/inserjeunes/couverture', 'slow-body'),
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: { label: 'CSV', contentType: 'text/csv', bytes: new TextEncoder().encode('code\n1\n') },
    };
    const outcome = await sendRaw(slow, client(port));

    expect(outcome.kind === 'closed' || (outcome.kind === 'answer' && outcome.status === 408)).toBe(
      true,
    );
    expect(judgeRawAnswer(slow, outcome, JUDGE)).toBeNull();
  });

  it('counts a server that lets a slow client hang as a server error', async () => {
    const port = await bareServer(() => {});
    const slow = request('/api/inserjeunes/codes/40025214', 'slow-headers');
    const outcome = await sendRaw(slow, client(port, 1_500));

    expect(outcome).toEqual({ kind: 'timeout' });
    expect(judgeRawAnswer(slow, outcome, JUDGE)).toMatchObject({ kind: 'server-error' });
  });

  it('reads a chunked answer whole', () => {
    const answer = parseAnswer(
      Buffer.from(
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n4\r\n{"a"\r\n3\r\n:1}\r\n0\r\n\r\n',
      ),
    );
    expect(answer).toMatchObject({ kind: 'answer', status: 200, body: '{"a":1}' });
  });
});
