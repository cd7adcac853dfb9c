import { createServer, type Server, type ServerOptions } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { adapterErrorResponse, answerClientError } from './adapter-errors.js';

type FetchHandler = Parameters<typeof getRequestListener>[0];

/**
 * The Node HTTP server in front of the application. Every answer it gives is in the
 * contract's error shape, with CORS, even the ones given before the application sees the
 * request: a path the adapter cannot turn into a URL, bytes the HTTP parser refuses.
 */
export function createHttpServer(fetch: FetchHandler, options: ServerOptions = {}): Server {
  const server = createServer(
    options,
    getRequestListener(fetch, { errorHandler: adapterErrorResponse }),
  );
  server.on('clientError', answerClientError);
  return server;
}
