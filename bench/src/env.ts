/**
 * The only place the benchmarks read their environment. Each variable is described where it
 * is used (`DATABASE_URL`, `COUVERTURE_*`, `LOAD_*`); an empty one counts as unset.
 */
export function benchVar(name: string): string | undefined {
  const value = process.env[name];
  return value === '' ? undefined : value;
}
