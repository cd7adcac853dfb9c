import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DbTransaction } from './db-transaction.js';
import { withPgliteFolderLock } from './pglite-folder-lock.js';
import { pgliteTransaction } from './pglite-transaction.js';
import { postgresTransaction } from './postgres-transaction.js';
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
  /** Raw SQL with `$1`-style parameters, rows as plain objects, on either engine. */
  query<Row extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Runs `work` in one transaction: everything it wrote is committed together, or nothing is
   * when it throws. Its `openCopy` bulk-loads through each engine's own path.
   */
  transaction<T>(work: (tx: DbTransaction) => Promise<T>): Promise<T>;
  /**
   * A dump of the embedded database's data folder, which `pgliteSnapshot` starts a new one
   * from; undefined on PostgreSQL.
   */
  snapshot(): Promise<Blob | undefined>;
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
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config);
  const dir = config.pgliteDir ?? '.data/pglite';
  // One process per folder: a second one is refused with a message saying what to do.
  if (dir !== 'memory') return withPgliteFolderLock(dir, () => openPglite(dir, config));
  return openPglite(dir, config);
}

async function openPglite(dir: string, config: DbConfig): Promise<DbHandle> {
  const unusable = (error: unknown) =>
    new Error(
      `Impossible d’ouvrir la base PGlite dans « ${dir} » : ${describe(error, dir)}. ` +
        'Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein, ' +
        'ou choisissez un autre dossier avec PGLITE_DIR.',
      { cause: error },
    );
  if (dir !== 'memory') {
    try {
      checkWritable(dir);
    } catch (error) {
      throw unusable(error);
    }
  }
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
    client = dir === 'memory' ? await PGlite.create(options) : await PGlite.create(dir, options);
  } catch (error) {
    // A disk that fills up while the database is created ends here.
    throw unusable(error);
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  if (config.migrate !== false) {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  }
  return {
    db,
    kind: 'pglite',
    async query<Row extends Record<string, unknown>>(text: string, params?: unknown[]) {
      const result = await client.query<Row>(text, params);
      return result.rows;
    },
    transaction: (work) => pgliteTransaction(client, work),
    snapshot: () => client.dumpDataDir('none'),
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
  const sql = postgres(url, {
    ...options,
    ...noDelaySockets(),
    max: config.poolSize ?? 10,
    backoff: reconnectDelay,
  });
  const db = drizzlePostgres(sql, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    async query<Row extends Record<string, unknown>>(text: string, params?: unknown[]) {
      const rows = await sql.unsafe<Row[]>(text, (params ?? []) as never[]);
      return [...rows];
    },
    transaction: (work) => postgresTransaction(sql, work),
    snapshot: async () => undefined,
    async ping() {
      await sql`select 1`;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

/**
 * Seconds to wait before a connection of the pool tries again after failing to connect.
 * postgres-js's default grows with every failure of the whole pool up to 20 s, and a query
 * waits that long before it even tries: while PostgreSQL restarts, requests then hang for
 * tens of seconds instead of answering 503 at once, and go on hanging long after it is
 * back. A short, bounded delay keeps answers prompt and recovery within half a second.
 */
function reconnectDelay(failures: number): number {
  return Math.min(0.025 * 2 ** failures, 0.5);
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
 * Makes sure the data folder exists and takes a file, before PGlite's WebAssembly is loaded:
 * an unusable folder (no permission, read-only or full disk) is reported in a second.
 */
function checkWritable(dir: string): void {
  makeFolder(dir);
  const probe = join(dir, `.ecriture-${process.pid}`);
  writeFileSync(probe, 'x');
  unlinkSync(probe);
}

/**
 * Creates the data folder and its missing parents. A recursive `mkdir` reports ENOENT for
 * most failures of a level above (a read-only disk, a parent that is a file): each missing
 * level is then created in turn, so that the error names the real cause and the folder.
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const missing: string[] = [];
    let current = resolve(dir);
    while (!existsSync(current) && dirname(current) !== current) {
      missing.unshift(current);
      current = dirname(current);
    }
    for (const level of missing) mkdirSync(level);
    throw error;
  }
}

/** File system failures an operator can act on, by their POSIX name. */
const FILE_ERRORS: Record<string, string> = {
  EACCES: 'accès refusé (EACCES)',
  EDQUOT: 'quota de disque dépassé (EDQUOT)',
  EIO: 'erreur d’entrée-sortie (EIO)',
  ENOENT: 'fichier ou dossier introuvable (ENOENT)',
  ENOSPC: 'disque plein (ENOSPC)',
  ENOTDIR: 'un élément du chemin n’est pas un dossier (ENOTDIR)',
  EPERM: 'opération non permise (EPERM)',
  EROFS: 'système de fichiers en lecture seule (EROFS)',
};

/**
 * PGlite's file system reports failures as WebAssembly (WASI) error numbers, objects without
 * a message.
 */
const WASI_ERRORS: Record<number, string> = {
  2: 'EACCES',
  19: 'EDQUOT',
  29: 'EIO',
  44: 'ENOENT',
  51: 'ENOSPC',
  54: 'ENOTDIR',
  63: 'EPERM',
  69: 'EROFS',
};

/**
 * The cause of a failure, in French when it is the file system's, with the path it concerns
 * when that is a folder above the one asked for.
 */
function describe(error: unknown, dir: string): string {
  const { code, errno, path } = (error ?? {}) as {
    code?: unknown;
    errno?: unknown;
    path?: unknown;
  };
  if (typeof code === 'string' && FILE_ERRORS[code] !== undefined) {
    // A folder above the one asked for is named; the folder itself or a file in it goes without saying.
    const inside =
      typeof path === 'string' && !relative(resolve(dir), resolve(path)).startsWith('..');
    return typeof path === 'string' && !inside
      ? `${FILE_ERRORS[code]} sur « ${path} »`
      : FILE_ERRORS[code];
  }
  if (error instanceof Error && !/^\[object /.test(error.message) && error.message !== '') {
    return error.message;
  }
  if (typeof errno === 'number') {
    const name = WASI_ERRORS[errno];
    return name === undefined ? `erreur système n° ${errno}` : (FILE_ERRORS[name] ?? name);
  }
  return String(error);
}
