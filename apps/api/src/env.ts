import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface Env {
  port: number;
  databaseUrl: string | undefined;
  pgliteDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Requests per minute per client without a key. */
  anonymousPerMinute: number;
  /** Proxies of ours in front of the API whose `X-Forwarded-For` is trusted (0: none). */
  trustProxy: number;
  /** Where rate-limit counters live: this process (`memory`) or the shared database (`postgres`). */
  rateLimitStore: 'memory' | 'postgres';
  /** What the Node server allows a client before cutting it off (slow or idle clients). */
  http: HttpLimits;
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
    pgliteDir: source.PGLITE_DIR || `${REPO_ROOT}.data/pglite`,
    logLevel,
    anonymousPerMinute: positiveInteger('RATE_LIMIT_ANONYME', source.RATE_LIMIT_ANONYME, 300),
    trustProxy: readTrustProxy(source.TRUST_PROXY),
    rateLimitStore: readRateLimitStore(source),
    http: readHttpLimits(source),
  };
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
