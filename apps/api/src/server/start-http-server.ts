import type { Server } from 'node:http';
import type { HttpLimits } from '../env.js';
import { createHttpServer } from '../http/create-http-server.js';
import type { FrontDoor } from '../http/front-door.js';

export interface HttpServerOptions {
  fetch: (request: Request) => Response | Promise<Response>;
  /** Sends ready answers before the framework (see `frontDoor`). */
  frontDoor?: FrontDoor;
  port: number;
  limits: HttpLimits;
  /** Called with the port once the server listens. */
  onListening: (port: number) => void;
}

/**
 * The Node HTTP server behind the app, with limits for slow and idle clients: a client that
 * dribbles its headers or its body, or leaves a keep-alive connection idle, is cut off, and
 * connections beyond the cap are closed on arrival, so that a few slow clients cannot hold
 * the server's sockets. What the adapter or the parser refuses is answered in the contract's
 * error shape (`createHttpServer`).
 */
export function startHttpServer(options: HttpServerOptions): Server {
  const { limits } = options;
  const server = createHttpServer(
    options.fetch,
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node looks for expired requests at this pace (30 s by default): a timeout of a few
      // seconds would otherwise be enforced up to half a minute late.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    options.frontDoor,
  );
  server.maxConnections = limits.maxConnections;
  server.listen(options.port, () => {
    const address = server.address();
    options.onListening(
      typeof address === 'object' && address !== null ? address.port : options.port,
    );
  });
  return server;
}
