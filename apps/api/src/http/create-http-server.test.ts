import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from './create-http-server.js';
import type { FrontDoor } from './front-door.js';

/** Sends raw bytes to the server and reads everything it answers until it closes. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

describe('requests the HTTP layer cannot read', () => {
  let server: ReturnType<typeof createHttpServer>;
  let port = 0;
  beforeAll(async () => {
    const app = new Hono().get('*', (c) => c.json({ ok: true }));
    server = createHttpServer(app.fetch);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
  });

  it.each([
    [
      'a raw backslash in the path',
      'GET /api\\inserjeunes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      400,
    ],
    ['a space in the path', 'GET /api/a b HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a malformed header', 'GET /api HTTP/1.1\r\nHost: x\r\nEn tête: 1\r\n\r\n', 400],
    [
      'a header larger than the server reads',
      `GET /api HTTP/1.1\r\nHost: x\r\nX-Gros: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
    ],
  ])(
    'answers %s with a JSON error in the contract’s shape, with CORS',
    async (_name, bytes, status) => {
      const answer = parse(await raw(port, bytes));
      expect(answer.status).toBe(status);
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('content-type')).toContain('application/json');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const body = JSON.parse(answer.body) as { error: { code: string; message: string } };
      expect(body.error.code).toMatch(/^(requete_invalide|entetes_trop_grands)$/);
      expect(body.error.message.length).toBeGreaterThan(20);
    },
  );

  it('still answers a well-formed request normally', async () => {
    const answer = parse(
      await raw(port, 'GET /api HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    );
    expect(answer.status).toBe(200);
  });
});

describe('a front door that fails', () => {
  const servers: ReturnType<typeof createHttpServer>[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });

  async function listen(door: FrontDoor): Promise<number> {
    const app = new Hono().get('*', (c) => c.json({ par: 'le framework' }));
    const server = createHttpServer(app.fetch, {}, door);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  it('leaves the request to the framework when it fails before writing anything', async () => {
    const port = await listen(() => {
      throw new Error('cache illisible');
    });
    const answer = parse(
      await raw(port, 'GET /api HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ par: 'le framework' });
  });

  it('keeps an answer it sent in full, and the connection, when it fails after', async () => {
    const port = await listen((_incoming, outgoing) => {
      outgoing.writeHead(200, ['content-type', 'text/plain', 'content-length', '5']);
      outgoing.end('prêt');
      throw new Error('journal indisponible');
    });
    // Two requests on one keep-alive connection: both answered by the front door.
    const answers = await raw(
      port,
      'GET /api/a HTTP/1.1\r\nHost: x\r\n\r\nGET /api/b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(answers.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
    expect(Buffer.from(answers, 'latin1').toString('utf8').match(/prêt/g)).toHaveLength(2);
  });
});
