import type { DbHandle } from '@inserjeunes/db';
import pino, { type Logger } from 'pino';
import { CatalogueReader } from './couverture/catalogue-reader.js';
import { CoverageQueue } from './couverture/coverage-queue.js';
import { DataState } from './data/data-state.js';
import { ReadReplica } from './data/read-replica.js';
import {
  DEFAULT_CACHE_LIMITS,
  ResponseCache,
  type ResponseCacheLimits,
} from './http/response-cache.js';
import { KeyVerifier } from './keys/api-keys.js';
import { ApiMetrics } from './metrics/api-metrics.js';
import { publicGet } from './middleware/public-get.js';
import { ClientBuckets } from './rate-limit/client-bucket.js';
import { MemoryRateLimitStore } from './rate-limit/memory-rate-limit-store.js';
import type { RateLimitStore } from './rate-limit/rate-limit-store.js';
import { ReadModel } from './read-model/read-model.js';
import type { RouteDeps } from './routes/route-deps.js';
import { UsageRecorder } from './usage/usage-recorder.js';

/** What `createApp` needs: the database, and configuration with working defaults. */
export interface AppDeps {
  /** The primary database: every write, and the reads when there is no replica. */
  db: DbHandle;
  /** A streaming replica for the reads (`DATABASE_READ_URL`), the primary standing in when it fails. */
  readDb?: DbHandle | undefined;
  /** Structured logger; silent by default (tests), the server passes its own. */
  logger?: Logger | undefined;
  /** Requests per minute without a key, per client. Default 300. */
  anonymousPerMinute?: number | undefined;
  /** Where rate-limit counters live. Default: this process's memory. */
  rateLimitStore?: RateLimitStore | undefined;
  /**
   * The secret behind the daily keyed hash that names a client's network in the rate-limit
   * counters (no address is kept). Processes sharing a store must share it. Default: random.
   */
  rateLimitSecret?: string | undefined;
  /**
   * Proxies of ours in front of the API, whose `X-Forwarded-For` gives the client's address:
   * `true` is one, a number says how many. Default none.
   */
  trustProxy?: boolean | number | undefined;
  /** How often, at most, to check whether an import finished. Default 1000 ms. */
  probeIntervalMs?: number | undefined;
  /** How often usage counts are written. Default 5000 ms; 0 writes only on demand. */
  usageFlushIntervalMs?: number | undefined;
  /** Largest catalogue accepted by the coverage route, in bytes. Default 16 MiB. */
  couvertureMaxBytes?: number | undefined;
  /** Catalogues that may wait behind the one being checked. Default 256. */
  couvertureMaxWaiting?: number | undefined;
  /** Their declared sizes added up, at most, in bytes. Default 64 MiB. */
  couvertureMaxWaitingBytes?: number | undefined;
  cacheLimits?: ResponseCacheLimits | undefined;
  /** The widget's build folder; without it the widget's routes say it is not built. */
  widgetDist?: string | undefined;
  /** The gallery's build folder; without it `/` says the gallery is not built. */
  galleryDist?: string | undefined;
  /** Token a scraper sends (`Authorization: Bearer …`) to read `/metrics`; without it they are open. */
  metricsToken?: string | undefined;
  /** The clock (tests freeze it). */
  now?: (() => Date) | undefined;
  /** The address readers report errors in the figures to, given with each widget answer. */
  signalement?: string | undefined;
}

/** The long-lived parts of one API instance, built from its dependencies. */
export function createServices(deps: AppDeps) {
  const logger = deps.logger ?? pino({ level: 'silent' });
  const now = deps.now ?? (() => new Date());
  let fallbacks = () => {};
  const reads = deps.readDb
    ? new ReadReplica(deps.readDb, deps.db, { logger, onFallback: () => fallbacks() })
    : deps.db;
  const state = new DataState(reads, deps.probeIntervalMs ?? 1000);
  const readModel = new ReadModel(reads, state, now);
  const usage = new UsageRecorder(deps.db, logger, deps.usageFlushIntervalMs ?? 5000);
  const cache = new ResponseCache(deps.cacheLimits ?? DEFAULT_CACHE_LIMITS);
  const couvertureMaxBytes = deps.couvertureMaxBytes ?? 16 * 1024 * 1024;
  const coverageQueue = new CoverageQueue({
    waiting: deps.couvertureMaxWaiting ?? 256,
    bytes: deps.couvertureMaxWaitingBytes ?? 64 * 1024 * 1024,
    largestBody: couvertureMaxBytes,
  });
  const metrics = new ApiMetrics({
    coverageQueueDepth: () => coverageQueue.depth,
    dataVersion: () => state.version,
    db: reads,
    replicaAnswers: reads instanceof ReadReplica ? () => reads.replicaAnswers : undefined,
  });
  fallbacks = () => metrics.replicaFallbacks.inc();
  const routeDeps: RouteDeps = {
    db: reads,
    primary: deps.db,
    readModel,
    usage,
    cached: publicGet(state, cache, { cache: true, maxAge: 300 }),
    fresh: publicGet(state, cache, { cache: false, maxAge: 60 }),
    couvertureMaxBytes,
    signalement: deps.signalement ?? null,
    couverture: {
      reader: new CatalogueReader(),
      queue: coverageQueue,
    },
  };
  return {
    logger,
    state,
    keys: new KeyVerifier(deps.db),
    rateLimitStore: deps.rateLimitStore ?? new MemoryRateLimitStore(),
    anonymousPerMinute: deps.anonymousPerMinute ?? 300,
    trustedProxies: deps.trustProxy === true ? 1 : deps.trustProxy || 0,
    buckets: new ClientBuckets(deps.rateLimitSecret),
    usage,
    cache,
    routeDeps,
    metrics,
    reads,
  };
}
