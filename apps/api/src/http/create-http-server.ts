import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { adapterErrorResponse, answerClientError } from './adapter-errors.js';
import type { FrontDoor } from './front-door.js';

type FetchHandler = Parameters<typeof getRequestListener>[0];

/**
 * The Node HTTP server in front of the application. Every answer it gives is in the
 * contract's error shape, with CORS, even the ones given before the application sees the
 * request: a path the adapter cannot turn into a URL, bytes the HTTP parser refuses. With a
 * front door, a ready answer is sent before the framework sees the request; whatever the
 * front door does not answer, or fails on before answering, goes to the framework.
 */
export function createHttpServer(
  fetch: FetchHandler,
  options: ServerOptions = {},
  door?: FrontDoor,
): Server {
  const framework = getRequestListener(fetch, { errorHandler: adapterErrorResponse });
  const server = createServer(
    options,
    door === undefined
      ? framework
      : (incoming: IncomingMessage, outgoing: ServerResponse) => {
          // A failure before anything was written leaves the request to the framework; one
          // after the answer was sent in full (while counting or logging it) changes nothing.
          const fallBack = () => {
            if (!outgoing.headersSent) void framework(incoming, outgoing);
            else if (!outgoing.writableEnded) outgoing.destroy();
          };
          let answered: boolean | Promise<boolean>;
          try {
            answered = door(incoming, outgoing);
          } catch {
            fallBack();
            return;
          }
          if (answered === false) void framework(incoming, outgoing);
          else if (answered !== true) {
            answered.then((done) => {
              if (!done) void framework(incoming, outgoing);
            }, fallBack);
          }
        },
  );
  server.on('clientError', answerClientError);
  return server;
}
