import type { DbHandle } from '@inserjeunes/db';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { AnswerTally } from './answer-tally.js';

/** What the metrics read when they are scraped, rather than on every request. */
export interface MetricsSources {
  /** Catalogue checks waiting or running. */
  coverageQueueDepth(): number;
  /** The data version the API serves now (undefined before the first read). */
  dataVersion(): string | undefined;
  /** The database holding the imports' history (the replica when there is one). */
  db: DbHandle;
  /** Whether the read replica answers; undefined without one. */
  replicaAnswers?: (() => boolean) | undefined;
}

type ImportRow = {
  dataset: string;
  runs: number;
  seconds: number;
  last_seconds: number;
};

const DURATION_BOUNDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The API's Prometheus metrics, in a registry of their own (two apps in one process, as in
 * the tests, do not mix their counts). Per-request figures are recorded in plain numbers
 * (`answered`, `cacheOutcome`, `readyAnswer`), by one middleware (`observeRequests`) and by
 * the front door, and turned into series when `/metrics` is scraped, as the rest is read.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  readonly limited: Counter<'consommateur'>;
  readonly replicaFallbacks: Counter;
  readonly #answers = new AnswerTally(DURATION_BOUNDS);
  readonly #cache = { hit: 0, miss: 0 };
  #ready = 0;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    const answers = this.#answers;
    const cache = this.#cache;
    new Counter({
      name: 'inserjeunes_http_requests_total',
      help: 'Requests answered, per route group and status class (2xx, 3xx, 4xx, 5xx).',
      labelNames: ['groupe', 'statut'],
      registers,
      collect() {
        this.reset();
        for (const { groupe, statut, count } of answers.rows()) this.inc({ groupe, statut }, count);
      },
    });
    this.registry.registerMetric(
      answers.histogram(
        'inserjeunes_http_request_duration_seconds',
        'Time to answer a request (headers ready), per route group and status class.',
      ),
    );
    this.limited = new Counter({
      name: 'inserjeunes_rate_limited_total',
      help: 'Requests refused with 429, per consumer class (anonyme, partenaire).',
      labelNames: ['consommateur'],
      registers,
    });
    new Counter({
      name: 'inserjeunes_response_cache_total',
      help: 'Cacheable answers served from the in-process cache (hit) or computed (miss).',
      labelNames: ['resultat'],
      registers,
      collect() {
        this.reset();
        if (cache.miss > 0) this.inc({ resultat: 'miss' }, cache.miss);
        if (cache.hit > 0) this.inc({ resultat: 'hit' }, cache.hit);
      },
    });
    const ready = () => this.#ready;
    new Counter({
      name: 'inserjeunes_ready_answers_total',
      help: 'Answers sent ready by the server itself, before the framework (a cached answer to a known caller).',
      registers,
      collect() {
        this.reset();
        this.inc(ready());
      },
    });
    this.replicaFallbacks = new Counter({
      name: 'inserjeunes_read_replica_fallbacks_total',
      help: 'Reads sent to the primary because the read replica did not answer.',
      registers,
    });
    new Gauge({
      name: 'inserjeunes_read_replica_up',
      help: 'Whether reads go to the read replica (1) or to the primary (0); absent without one.',
      registers: sources.replicaAnswers ? registers : [],
      collect() {
        this.set(sources.replicaAnswers?.() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'inserjeunes_coverage_queue_depth',
      help: 'Catalogue checks waiting or running.',
      registers,
      collect() {
        this.set(sources.coverageQueueDepth());
      },
    });
    new Gauge({
      name: 'inserjeunes_data_version_info',
      help: 'The data version served (label), 1 once the data is read.',
      labelNames: ['version'],
      registers,
      collect() {
        this.reset();
        const version = sources.dataVersion();
        if (version !== undefined) this.set({ version }, 1);
      },
    });
    // The three import series are filled by one query, when the first of them is collected.
    const importSeconds = new Gauge({
      name: 'inserjeunes_import_duration_seconds_sum',
      help: 'Time spent by those imports, per dataset, in seconds.',
      labelNames: ['dataset'],
      registers: [],
    });
    const lastImportSeconds = new Gauge({
      name: 'inserjeunes_import_last_duration_seconds',
      help: 'Duration of the latest import, per dataset, in seconds.',
      labelNames: ['dataset'],
      registers: [],
    });
    new Gauge({
      name: 'inserjeunes_import_runs',
      help: 'Imports that changed the data, per dataset.',
      labelNames: ['dataset'],
      registers,
      async collect() {
        const rows = await sources.db.query<ImportRow>(
          `select dataset, count(*)::int as runs,
             coalesce(sum(extract(epoch from fin - debut)), 0)::float8 as seconds,
             (array_agg(extract(epoch from fin - debut)::float8 order by id desc))[1] as last_seconds
           from import group by dataset order by dataset`,
        );
        this.reset();
        importSeconds.reset();
        lastImportSeconds.reset();
        for (const row of rows) {
          this.set({ dataset: row.dataset }, Number(row.runs));
          importSeconds.set({ dataset: row.dataset }, Number(row.seconds));
          lastImportSeconds.set({ dataset: row.dataset }, Number(row.last_seconds));
        }
      },
    });
    this.registry.registerMetric(importSeconds);
    this.registry.registerMetric(lastImportSeconds);
  }

  /** Counts one answer, of this route group, status and duration. */
  answered(group: string, status: number, seconds: number): void {
    this.#answers.record(group, status, seconds);
  }

  /** Counts one cacheable answer, served from the response cache or computed. */
  cacheOutcome(outcome: 'hit' | 'miss'): void {
    this.#cache[outcome] += 1;
  }

  /** Counts one answer the front door sent. */
  readyAnswer(): void {
    this.#ready += 1;
  }
}
