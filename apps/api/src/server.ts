import { createDb, type DbHandle } from '@inserjeunes/db';
import pino from 'pino';
import { createApp } from './app.js';
import { type Env, readEnv } from './env.js';
import { PostgresRateLimitStore } from './rate-limit/postgres-rate-limit-store.js';
import { logDestination } from './server/log-destination.js';
import { startHttpServer } from './server/start-http-server.js';
import { stopOnSignals } from './server/stop-on-signals.js';

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
const logger = pino(
  {
    level: env.logLevel,
    redact: {
      paths: ['headers["x-api-key"]', 'req.headers["x-api-key"]', 'apiKey', '*.apiKey'],
      censor: '[masquée]',
    },
  },
  logDestination(),
);
let db: DbHandle;
try {
  db = await createDb({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
} catch (error) {
  cannotStart(
    env.databaseUrl ? 'PostgreSQL (DATABASE_URL) inaccessible' : 'Base embarquée inutilisable',
    error,
  );
}
// The replica is not migrated (it is read-only) and connects on its first read.
const readDb = env.databaseReadUrl
  ? await createDb({ databaseUrl: env.databaseReadUrl, migrate: false, poolSize: 10 })
  : undefined;
const app = createApp({
  db,
  readDb,
  logger,
  anonymousPerMinute: env.anonymousPerMinute,
  trustProxy: env.trustProxy,
  rateLimitSecret: env.rateLimitSecret,
  widgetDist: env.widgetDist,
  galleryDist: env.galleryDist,
  metricsToken: env.metricsToken,
  signalement: env.signalement,
  rateLimitStore:
    env.rateLimitStore === 'postgres' ? new PostgresRateLimitStore(db, logger) : undefined,
});
try {
  await app.ready();
} catch (error) {
  cannotStart('Lecture des données impossible', error);
}
const server = startHttpServer({
  fetch: app.fetch,
  frontDoor: app.frontDoor,
  port: env.port,
  limits: env.http,
  onListening: (port) => {
    console.log(`InserJeunes indicateurs : http://localhost:${port}/ (base ${db.kind})`);
  },
});
stopOnSignals({
  server,
  // The usage counted so far is written before the database closes.
  release: () =>
    app
      .close()
      .then(() => Promise.all([readDb?.close(), db.close()]))
      .then(() => {}),
  say: (line) => console.error(line),
});
