import { createDb, type DbHandle } from '@inserjeunes/db';
import pino from 'pino';
import { createApp } from './app.js';
import { type Env, readEnv } from './env.js';
import { createHttpServer } from './http/create-http-server.js';
import { PostgresRateLimitStore } from './rate-limit/postgres-rate-limit-store.js';

/** Start-up failures (configuration, database) are one clear line and exit code 1, no stack. */
function cannotStart(what: string, error: unknown): never {
  console.error(`✗ ${what} : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

let env: Env;
try {
  env = readEnv();
} catch (error) {
  cannotStart('Configuration invalide', error);
}
const logger = pino({
  level: env.logLevel,
  redact: {
    paths: ['headers["x-api-key"]', 'req.headers["x-api-key"]', 'apiKey', '*.apiKey'],
    censor: '[masquée]',
  },
});
let db: DbHandle;
try {
  db = await createDb({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
} catch (error) {
  cannotStart(
    env.databaseUrl ? 'PostgreSQL (DATABASE_URL) inaccessible' : 'Base embarquée inutilisable',
    error,
  );
}
const app = createApp({
  db,
  logger,
  anonymousPerMinute: env.anonymousPerMinute,
  trustProxy: env.trustProxy,
  rateLimitSecret: env.rateLimitSecret,
  widgetDist: env.widgetDist,
  galleryDist: env.galleryDist,
  rateLimitStore:
    env.rateLimitStore === 'postgres' ? new PostgresRateLimitStore(db, logger) : undefined,
});
try {
  await app.ready();
} catch (error) {
  cannotStart('Lecture des données impossible', error);
}
const server = createHttpServer(app.fetch);
server.listen(env.port, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : env.port;
  console.log(`InserJeunes indicateurs : http://localhost:${port}/ (base ${db.kind})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}
