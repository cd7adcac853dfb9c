import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { ApiEnv } from './api-env.js';

/** A request header by its lower-case name, as one string (repeated fields joined). */
export type HeaderReader = (name: string) => string | undefined;

/** The headers of a Node request, read where Node parsed them (no `Headers` object built). */
export function nodeHeaders(incoming: IncomingMessage): HeaderReader {
  const headers = incoming.headers;
  return (name) => {
    const value = headers[name];
    return typeof value === 'string' || value === undefined ? value : value.join(', ');
  };
}

/** The Node request behind a context, when the app runs in the Node server (not in tests). */
export function incomingOf(c: Context<ApiEnv>): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

/** The request's headers: Node's parsed ones when there are, else the web request's. */
export function contextHeaders(c: Context<ApiEnv>): HeaderReader {
  const incoming = incomingOf(c);
  return incoming === undefined ? (name) => c.req.header(name) : nodeHeaders(incoming);
}
