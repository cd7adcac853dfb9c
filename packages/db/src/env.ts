/**
 * The only place this package reads the environment, for its test support: the PostgreSQL
 * server the database tests also run on, and the environment a test's child process inherits.
 */

/** `DATABASE_URL` when set: database tests then run on PostgreSQL as well as on PGlite. */
export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** This process's environment with `extra` on top, for a command or server a test starts. */
export function childProcessEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
