import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbConfig {
  /** PostgreSQL connection URL; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder, or `memory` for a throw-away database. Default `.data/pglite`. */
  pgliteDir?: string | undefined;
  /** Size of the PostgreSQL connection pool. Default 10. */
  poolSize?: number | undefined;
  /** Apply the committed migrations before returning. Default true. */
  migrate?: boolean | undefined;
  /** A PGlite data folder dump to start an in-memory database from (tests use it to skip initdb). */
  pgliteSnapshot?: Blob | undefined;
  /** PGlite's shared buffers. Default `24MB`, a fifth of PostgreSQL's default, enough for this data. */
  pgliteSharedBuffers?: string | undefined;
}

export interface DbHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** The PGlite instance behind an embedded database (absent on PostgreSQL). */
  pglite?: PGlite;
  /** The postgres-js client behind a PostgreSQL database (absent on PGlite), for COPY and transactions. */
  postgres?: postgres.Sql;
  /** Raw SQL with `$1`-style parameters, rows as plain objects, on either engine. */
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));

/** Session lock that keeps two API processes from migrating one PostgreSQL database at once. */
const MIGRATION_LOCK = 7_412_590_331;

/**
 * Opens the database: PostgreSQL through postgres-js when a URL is given, otherwise PGlite
 * (PostgreSQL in WebAssembly) in a local folder. Migrations run on both unless disabled.
 */
export async function createDb(config: DbConfig = {}): Promise<DbHandle> {
  const handle = config.databaseUrl
    ? await openPostgres(config.databaseUrl, config)
    : await openPglite(config.pgliteDir ?? '.data/pglite', config);
  return handle;
}

async function openPglite(dir: string, config: DbConfig): Promise<DbHandle> {
  // Loaded on demand: a process on PostgreSQL never pays for PGlite's code and memory.
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const options = {
    postgresqlconf: [`shared_buffers = ${config.pgliteSharedBuffers ?? '24MB'}`],
    ...(config.pgliteSnapshot ? { loadDataDir: config.pgliteSnapshot } : {}),
  };
  let client: PGlite;
  try {
    if (dir !== 'memory') mkdirSync(dir, { recursive: true });
    client = dir === 'memory' ? await PGlite.create(options) : await PGlite.create(dir, options);
  } catch (error) {
    throw new Error(
      `Impossible d’ouvrir la base PGlite dans « ${dir} » : ${describe(error)}. ` +
        'Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein, ' +
        'ou choisissez un autre dossier avec PGLITE_DIR.',
      { cause: error },
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  if (config.migrate !== false) {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  }
  return {
    pglite: client,
    db,
    kind: 'pglite',
    async query(text, params) {
      const result = await client.query<Record<string, unknown>>(text, params);
      return result.rows as never;
    },
    async ping() {
      await client.query('select 1');
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(url: string, config: DbConfig): Promise<DbHandle> {
  const options = { onnotice: () => {}, connect_timeout: 10 } as const;
  if (config.migrate !== false) {
    const migrator = postgres(url, { ...options, max: 1 });
    try {
      await migrator`select pg_advisory_lock(${MIGRATION_LOCK})`;
      await migratePostgres(drizzlePostgres(migrator, { schema }), {
        migrationsFolder: MIGRATIONS_FOLDER,
      });
      await migrator`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    } finally {
      await migrator.end({ timeout: 5 });
    }
  }
  const sql = postgres(url, { ...options, ...noDelaySockets(), max: config.poolSize ?? 10 });
  const db = drizzlePostgres(sql, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    postgres: sql,
    async query(text, params) {
      const rows = await sql.unsafe(text, (params ?? []) as never[]);
      return [...rows] as never;
    },
    async ping() {
      await sql`select 1`;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

/**
 * Connections without Nagle's algorithm, as libpq opens them. postgres-js leaves it on, and
 * then the end of a COPY, a small message written right behind the data, waits for the
 * server's delayed acknowledgement: some 40 ms per COPY, most of the time of a small
 * import. The option is postgres-js's socket factory (untyped in its declarations); the
 * hosts are tried in turn on reconnection, as postgres-js does.
 */
function noDelaySockets(): object {
  let attempt = 0;
  const socket = (options: { host: string[]; port: number[]; path?: string | false }) => {
    if (options.path) return net.connect({ path: options.path, noDelay: true });
    const index = attempt++ % Math.max(1, options.host.length);
    return net.connect({
      host: options.host[index] ?? 'localhost',
      port: options.port[index] ?? options.port[0] ?? 5432,
      noDelay: true,
    });
  };
  return { socket };
}

/**
 * PGlite's file system reports failures as WebAssembly (WASI) error numbers, objects without
 * a message: name the ones an operator can act on.
 */
const WASI_ERRORS: Record<number, string> = {
  2: 'accès refusé (EACCES)',
  19: 'quota de disque dépassé (EDQUOT)',
  29: 'erreur d’entrée-sortie (EIO)',
  44: 'fichier ou dossier introuvable (ENOENT)',
  51: 'disque plein (ENOSPC)',
  54: 'un élément du chemin n’est pas un dossier (ENOTDIR)',
  63: 'opération non permise (EPERM)',
  69: 'système de fichiers en lecture seule (EROFS)',
};

function describe(error: unknown): string {
  if (error instanceof Error && !/^\[object /.test(error.message) && error.message !== '') {
    return error.message;
  }
  const errno = (error as { errno?: unknown } | null)?.errno;
  if (typeof errno === 'number') return WASI_ERRORS[errno] ?? `erreur système n° ${errno}`;
  return String(error);
}
