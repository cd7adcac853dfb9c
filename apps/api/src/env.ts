import { join } from 'node:path';
import { findWorkspaceRoot } from '@inserjeunes/db';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface Env {
  port: number;
  databaseUrl: string | undefined;
  /** A streaming replica of `DATABASE_URL` for the API's reads (`DATABASE_READ_URL`). */
  databaseReadUrl: string | undefined;
  pgliteDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Requests per minute per client without a key. */
  anonymousPerMinute: number;
  /** Proxies of ours in front of the API whose `X-Forwarded-For` is trusted (0: none). */
  trustProxy: number;
  /** Where rate-limit counters live: this process (`memory`) or the shared database (`postgres`). */
  rateLimitStore: 'memory' | 'postgres';
  /** Secret of the keyed hash naming clients in the rate-limit counters; shared by processes. */
  rateLimitSecret: string | undefined;
  /** The widget's build, served under `/widget/v1/` and `/embed` (`WIDGET_DIST`). */
  widgetDist: string;
  /** The gallery's build, served at `/` (`GALLERY_DIST`). */
  galleryDist: string;
  /** Token a scraper must send to read `/metrics` (`METRICS_TOKEN`); open without it. */
  metricsToken: string | undefined;
  /** What the Node server allows a client before cutting it off (slow or idle clients). */
  http: HttpLimits;
  /** Where readers report an error in the figures (the widget's "signaler une erreur"); none by default. */
  signalement: string | undefined;
}

/** Timeouts and connection cap of the HTTP server (`docs/operations.md`). */
export interface HttpLimits {
  /** Milliseconds a client has to send a request's headers. */
  headersTimeoutMs: number;
  /** Milliseconds a client has to send a whole request, headers and body. */
  requestTimeoutMs: number;
  /** Milliseconds an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; those above are closed at once. */
  maxConnections: number;
}

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} doit être un entier positif, reçu « ${raw} »`);
  }
  return value;
}

/** The only place the API reads its environment. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const port = Number(source.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT doit être un numéro de port (0 à 65535), reçu « ${source.PORT} »`);
  }
  const logLevel = (source.LOG_LEVEL || 'info') as Env['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL doit valoir ${LOG_LEVELS.join(', ')}, reçu « ${source.LOG_LEVEL} »`);
  }
  return {
    port,
    databaseUrl: source.DATABASE_URL || undefined,
    databaseReadUrl: readDatabaseReadUrl(source),
    pgliteDir: source.PGLITE_DIR || `${findWorkspaceRoot()}.data/pglite`,
    logLevel,
    anonymousPerMinute: positiveInteger('RATE_LIMIT_ANONYME', source.RATE_LIMIT_ANONYME, 300),
    trustProxy: readTrustProxy(source.TRUST_PROXY),
    rateLimitStore: readRateLimitStore(source),
    rateLimitSecret: readRateLimitSecret(source),
    // By default the builds that `pnpm start` makes, where their workspaces write them.
    widgetDist: source.WIDGET_DIST || join(findWorkspaceRoot(), 'packages/widget/dist'),
    galleryDist: source.GALLERY_DIST || join(findWorkspaceRoot(), 'apps/gallery/dist'),
    metricsToken: readMetricsToken(source.METRICS_TOKEN),
    http: readHttpLimits(source),
    signalement: readSignalement(source.SIGNALEMENT_ADRESSE),
  };
}

function readDatabaseReadUrl(source: NodeJS.ProcessEnv): string | undefined {
  const url = source.DATABASE_READ_URL || undefined;
  if (url !== undefined && !source.DATABASE_URL) {
    throw new Error(
      'DATABASE_READ_URL est une réplique de lecture de DATABASE_URL : définissez aussi DATABASE_URL, où vont les écritures',
    );
  }
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('DATABASE_READ_URL doit être une URL postgres://…');
  }
  return url;
}

function readMetricsToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16 || /\s/.test(raw)) {
    throw new Error(
      `METRICS_TOKEN doit compter au moins 16 caractères, sans espace (reçu ${raw.length} caractères)`,
    );
  }
  return raw;
}

function readSignalement(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(raw)) {
    throw new Error(`SIGNALEMENT_ADRESSE doit être une adresse électronique, reçu « ${raw} »`);
  }
  return raw;
}

function readTrustProxy(raw: string | undefined): number {
  const value = (raw ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'non'].includes(value)) return 0;
  if (['true', 'oui'].includes(value)) return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 10) {
    throw new Error(
      `TRUST_PROXY doit valoir 0 à 10 (le nombre de mandataires devant l’API), true ou false, reçu « ${raw} »`,
    );
  }
  return count;
}

function readRateLimitStore(source: NodeJS.ProcessEnv): Env['rateLimitStore'] {
  const store = source.RATE_LIMIT_STORE || 'memory';
  if (store !== 'memory' && store !== 'postgres') {
    throw new Error(`RATE_LIMIT_STORE doit valoir memory ou postgres, reçu « ${store} »`);
  }
  if (store === 'postgres' && !source.DATABASE_URL) {
    throw new Error(
      'RATE_LIMIT_STORE=postgres partage les compteurs par PostgreSQL : définissez aussi DATABASE_URL',
    );
  }
  return store;
}

function readRateLimitSecret(source: NodeJS.ProcessEnv): string | undefined {
  const secret = source.RATE_LIMIT_SECRET || undefined;
  if (secret !== undefined && secret.length < 32) {
    throw new Error(
      `RATE_LIMIT_SECRET doit compter au moins 32 caractères (reçu ${secret.length}) : il protège les adresses des clients`,
    );
  }
  if (secret === undefined && source.RATE_LIMIT_STORE === 'postgres') {
    throw new Error(
      'RATE_LIMIT_STORE=postgres : définissez aussi RATE_LIMIT_SECRET (au moins 32 caractères), le même pour chaque processus, pour qu’ils comptent un client sous le même nom sans garder son adresse',
    );
  }
  return secret;
}

function readHttpLimits(source: NodeJS.ProcessEnv): HttpLimits {
  const seconds = (name: string, fallback: number) =>
    positiveInteger(name, source[name], fallback) * 1000;
  const limits: HttpLimits = {
    headersTimeoutMs: seconds('HTTP_DELAI_ENTETES', 10),
    requestTimeoutMs: seconds('HTTP_DELAI_REQUETE', 30),
    keepAliveTimeoutMs: seconds('HTTP_DELAI_INACTIVITE', 5),
    maxConnections: positiveInteger('HTTP_CONNEXIONS_MAX', source.HTTP_CONNEXIONS_MAX, 1000),
  };
  // Node refuses a request timeout shorter than the headers' one.
  if (limits.requestTimeoutMs < limits.headersTimeoutMs) {
    throw new Error(
      `HTTP_DELAI_REQUETE (${limits.requestTimeoutMs / 1000} s) doit être au moins HTTP_DELAI_ENTETES (${limits.headersTimeoutMs / 1000} s)`,
    );
  }
  return limits;
}
