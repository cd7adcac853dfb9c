/**
 * The only place the benchmarks read their environment. Each variable is described where it
 * is used (`DATABASE_URL`, `COUVERTURE_*`, `LOAD_*`); an empty one counts as unset.
 */
export function benchVar(name: string): string | undefined {
  const value = process.env[name];
  return value === '' ? undefined : value;
}

/** This process's environment with `extra` on top, for the commands a benchmark runs. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
