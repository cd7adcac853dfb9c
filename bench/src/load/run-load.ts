import autocannon from 'autocannon';
import type { DrawnRequest } from './request-mix.js';
import type { RouteStats } from './route-stats.js';

/** autocannon's default: a request unanswered after this long counts as a timeout. */
export const TIMEOUT_S = 10;

export interface LoadOptions {
  origin: string;
  connections: number;
  durationS: number;
  draw: () => DrawnRequest;
  stats: RouteStats;
}

/**
 * The address a connection's client says it has, through a proxy the server trusts
 * (`TRUST_PROXY=1`): each connection is one client of its own network, as the clients of a
 * deployed API are, rather than all of them one client at the load generator's address.
 */
export function clientAddress(connection: number): string {
  return `10.${(connection >> 8) & 255}.${connection & 255}.7`;
}

/**
 * Sends the mix over `connections` keep-alive connections for `durationS` seconds, one
 * request at a time per connection, each connection a client of its own (`clientAddress`),
 * and records every answer in `stats`, and every request left unanswered past the timeout.
 */
export async function runLoad(options: LoadOptions): Promise<autocannon.Result> {
  const { stats } = options;
  // autocannon hands over the request's context (`onResponse`) then, synchronously, its
  // timing (`response`): the first keeps the drawn request for the second.
  let answered: { drawn: DrawnRequest; body: string } | undefined;
  // Requests sent and not answered yet: those still there past the timeout timed out.
  const pending = new Set<{ drawn: DrawnRequest; sentAt: number }>();
  type Context = { sent?: { drawn: DrawnRequest; sentAt: number }; client?: string };
  let connections = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.durationS,
        timeout: TIMEOUT_S,
        requests: [
          {
            setupRequest: (request, context) => {
              const drawn = options.draw();
              const sent = { drawn, sentAt: performance.now() };
              pending.add(sent);
              (context as Context).sent = sent;
              const { method, path, body, contentType } = drawn.request;
              const connection = context as Context;
              connection.client ??= clientAddress(connections++);
              const headers: Record<string, string> = { 'x-forwarded-for': connection.client };
              if (contentType !== undefined) headers['content-type'] = contentType;
              return { ...request, method, path, body: body ?? '', headers };
            },
            onResponse: (_status, body, context) => {
              const { sent } = context as Context;
              if (sent !== undefined) pending.delete(sent);
              answered = sent === undefined ? undefined : { drawn: sent.drawn, body };
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error);
        const end = performance.now();
        for (const { drawn, sentAt } of pending) {
          if (end - sentAt >= TIMEOUT_S * 1000) stats.recordTimeout(drawn);
        }
        resolve(result);
      },
    );
    instance.on('response', (_client, status, bytes, latencyMs) => {
      if (answered === undefined) return;
      stats.record(answered.drawn, status, latencyMs, bytes, answered.body);
      answered = undefined;
    });
  });
}
