import { connect } from 'node:net';
import type { FuzzRequest } from './draw-request.js';

/** What a socket brought back: an answer, a connection closed without one, or nothing in time. */
export type RawOutcome =
  | { kind: 'answer'; status: number; headers: Map<string, string>; body: string }
  | { kind: 'closed' }
  | { kind: 'timeout' };

/** How the raw client behaves: the guard after which a silent server counts as hung. */
export interface RawClientOptions {
  port: number;
  /** Milliseconds after which a connection still open without an answer is a hang. */
  guardMs: number;
  /** Milliseconds between two bytes of a slow client. */
  byteMs: number;
  /** What the slow client must outlast: the server's header and request timeouts. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

/** Headers the client writes itself, whatever the draw holds. */
const OWN_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);

function head(request: FuzzRequest, pad: number): Buffer {
  const lines = [
    `${request.method} ${request.url} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: close',
  ];
  for (const [name, value] of Object.entries(request.headers)) {
    if (!OWN_HEADERS.has(name.toLowerCase())) lines.push(`${name}: ${value}`);
  }
  if (request.body !== null) lines.push(`Content-Length: ${request.body.bytes.length}`);
  if (pad > 0) lines.push(`X-Lent: ${'a'.repeat(pad)}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

/**
 * Sends the request over a socket as drawn, raw backslashes and spaces included, or, for a
 * slow transport, its headers (or its body) one byte at a time; resolves with what the server
 * answered once it closes the connection.
 */
export function sendRaw(request: FuzzRequest, options: RawClientOptions): Promise<RawOutcome> {
  const body = request.body === null ? Buffer.alloc(0) : Buffer.from(request.body.bytes);
  const slowBody = request.transport === 'slow-body' && body.length > 0;
  const slowHeaders =
    request.transport === 'slow-headers' || (request.transport === 'slow-body' && !slowBody);
  // Enough bytes that dribbling them outlasts the header timeout three times over.
  const pad = slowHeaders ? Math.ceil((3 * options.headersTimeoutMs) / options.byteMs) : 0;
  const start = head(request, pad);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let open = true;
    let timer: NodeJS.Timeout | undefined;
    const socket = connect(options.port, '127.0.0.1');
    socket.setNoDelay(true);
    const finish = (outcome: RawOutcome) => {
      if (!open) return;
      open = false;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    timer = setTimeout(() => finish({ kind: 'timeout' }), options.guardMs);
    const dribble = async (bytes: Buffer, pace: number) => {
      for (let i = 0; i < bytes.length && open && !socket.destroyed; i++) {
        socket.write(bytes.subarray(i, i + 1));
        await new Promise((wait) => setTimeout(wait, pace));
      }
    };
    socket.on('connect', async () => {
      if (slowHeaders) await dribble(start, options.byteMs);
      else socket.write(start);
      if (slowBody) {
        const pace = Math.max(
          options.byteMs,
          Math.ceil((3 * options.requestTimeoutMs) / body.length),
        );
        await dribble(body, pace);
      } else if (open && !socket.destroyed) socket.write(body);
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      const received = Buffer.concat(chunks);
      finish(received.length === 0 ? { kind: 'closed' } : parseAnswer(received));
    });
  });
}

/** An HTTP/1.1 answer read until the connection closed, its chunked body decoded. */
export function parseAnswer(bytes: Buffer): RawOutcome {
  const split = bytes.indexOf('\r\n\r\n');
  const headText = bytes.subarray(0, split === -1 ? bytes.length : split).toString('latin1');
  const rest = split === -1 ? Buffer.alloc(0) : bytes.subarray(split + 4);
  const [statusLine = '', ...lines] = headText.split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const chunked = /chunked/i.test(headers.get('transfer-encoding') ?? '');
  return {
    kind: 'answer',
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: (chunked ? dechunk(rest) : rest).toString('utf8'),
  };
}

function dechunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf('\r\n', at);
    if (end === -1) break;
    const size = Number.parseInt(bytes.subarray(at, end).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(bytes.subarray(end + 2, end + 2 + size));
    at = end + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
