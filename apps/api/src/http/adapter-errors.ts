import type { Duplex } from 'node:stream';
import { ApiFailure } from './api-failure.js';

/**
 * Headers every answer of the HTTP layer carries, even one given before the application saw
 * the request: a partner's page reads the error across origins.
 */
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The answer when the server adapter cannot turn an incoming message into a request (a
 * backslash or a space in the path, a malformed URL): the contract's error shape, with CORS,
 * instead of an empty 400.
 */
export function adapterErrorResponse(): Response {
  const failure = new ApiFailure(
    'requete_invalide',
    'Requête HTTP invalide : l’adresse demandée ne peut pas être lue (caractère interdit ou adresse mal formée). Encodez-la (RFC 3986).',
  );
  return new Response(JSON.stringify(failure.toJSON()), {
    status: failure.status,
    headers: { ...BASE_HEADERS, ...failure.headers },
  });
}

/** Why Node's HTTP parser refused a connection's bytes, as one of the contract's failures. */
function parserFailure(error: NodeJS.ErrnoException): ApiFailure {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return new ApiFailure(
      'entetes_trop_grands',
      'En-têtes de la requête trop grands : allégez les cookies ou les en-têtes envoyés.',
    );
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new ApiFailure(
      'requete_trop_lente',
      'Requête trop lente : ses en-têtes ou son corps ne sont pas arrivés à temps.',
    );
  }
  return new ApiFailure(
    'requete_invalide',
    'Requête HTTP invalide : le serveur n’a pas pu la lire (ligne de requête ou en-tête mal formé).',
  );
}

/**
 * For the server's `clientError` event: answers what Node's HTTP parser refused in the
 * contract's error shape, with CORS, then closes the connection (nothing more can be read
 * from it). A connection already gone or already answered is only closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const reset = error.code === 'ECONNRESET';
  const answered = 'bytesWritten' in socket && Number(socket.bytesWritten) > 0;
  if (reset || answered || !socket.writable) {
    socket.destroy();
    return;
  }
  const failure = parserFailure(error);
  const body = JSON.stringify(failure.toJSON());
  const headers = {
    ...BASE_HEADERS,
    ...failure.headers,
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  socket.end(
    `HTTP/1.1 ${failure.status} ${REASONS[failure.status] ?? 'Bad Request'}\r\n${head}\r\n\r\n${body}`,
  );
}

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};
