import { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { HttpLimits } from '../env.js';

export interface HttpServerOptions {
  fetch: (request: Request) => Response | Promise<Response>;
  port: number;
  limits: HttpLimits;
  /** Called with the port once the server listens. */
  onListening: (port: number) => void;
}

/**
 * The Node HTTP server behind the app, with limits for slow and idle clients: a client that
 * dribbles its headers or its body, or leaves a keep-alive connection idle, is cut off, and
 * connections beyond the cap are closed on arrival, so that a few slow clients cannot hold
 * the server's sockets.
 */
export function startHttpServer(options: HttpServerOptions): Server {
  const { limits } = options;
  const server = serve(
    {
      fetch: options.fetch,
      port: options.port,
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        // Node looks for expired requests at this pace (30 s by default): a timeout of a few
        // seconds would otherwise be enforced up to half a minute late.
        connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
      },
    },
    (info) => options.onListening(info.port),
  );
  // Plain HTTP/1.1 is what `serve` makes without a `createServer` option.
  if (!(server instanceof Server)) throw new Error('serveur HTTP/1.1 attendu');
  server.maxConnections = limits.maxConnections;
  return server;
}
