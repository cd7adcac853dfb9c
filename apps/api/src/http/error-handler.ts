import type { DbHandle } from '@inserjeunes/db';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import { ApiFailure } from './api-failure.js';

const RETRY_AFTER_SECONDS = '5';
const PING_TIMEOUT_MS = 2000;

/**
 * Codes of failures that mean the database could not be reached, whatever a ping says a
 * moment later: a connection refused, cut or timed out (Node, postgres-js), PostgreSQL
 * shutting down, crashed or starting up (57P01 to 57P03), and the connection exceptions of
 * class 08. A request whose query was cut by a restart of PostgreSQL is worth retrying.
 */
const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
]);

/**
 * The one error path of the API. Deliberate failures keep their code; anything else is
 * logged with its stack and answered without it: 503 when the connection to the database
 * was lost or the database does not answer a ping (so clients retry later), 500 otherwise.
 */
export function errorHandler(db: DbHandle, logger: Logger) {
  return async (error: Error, c: Context): Promise<Response> => {
    let failure: ApiFailure;
    if (error instanceof ApiFailure) {
      failure = error;
    } else {
      const lost = lostConnection(error);
      // A ping lets a read replica that stopped answering hand the next reads to the primary.
      if (lost) db.ping().catch(() => undefined);
      failure = lost || !(await databaseAnswers(db)) ? unavailable() : internalError();
      logger.error(
        { err: error, requestId: c.get('requestId'), path: c.req.path },
        failure.code === 'base_indisponible' ? 'database unreachable' : 'unexpected error',
      );
    }
    for (const [name, value] of Object.entries(failure.headers)) c.header(name, value);
    return c.json(failure.toJSON(), failure.status as 400);
  };
}

/** 503 with the delay after which a retry makes sense. */
export function unavailable(): ApiFailure {
  return new ApiFailure(
    'base_indisponible',
    'La base de données ne répond pas ; réessayez dans quelques secondes.',
    undefined,
    { 'Retry-After': RETRY_AFTER_SECONDS },
  );
}

function internalError(): ApiFailure {
  return new ApiFailure(
    'erreur_interne',
    'Erreur interne du service ; elle a été enregistrée. Réessayez plus tard.',
  );
}

/** Whether the error, or one of its causes (a query error wraps the driver's), is a lost connection. */
export function lostConnection(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      (CONNECTION_FAILURES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
    ) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

async function databaseAnswers(db: DbHandle): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('ping timeout')), PING_TIMEOUT_MS);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
