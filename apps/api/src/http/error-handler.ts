import type { DbHandle } from '@inserjeunes/db';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import { ApiFailure } from './api-failure.js';

const RETRY_AFTER_SECONDS = '5';
const PING_TIMEOUT_MS = 2000;

/**
 * The one error path of the API. Deliberate failures keep their code; anything else is
 * logged with its stack and answered without it: 503 when the database does not answer a
 * ping (so clients retry later), 500 otherwise.
 */
export function errorHandler(db: DbHandle, logger: Logger) {
  return async (error: Error, c: Context): Promise<Response> => {
    let failure: ApiFailure;
    if (error instanceof ApiFailure) {
      failure = error;
    } else {
      failure = (await databaseAnswers(db)) ? internalError() : unavailable();
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
