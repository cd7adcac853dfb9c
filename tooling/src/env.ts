/**
 * The only place the tooling reads its environment besides what `@inserjeunes/db/testing`
 * reads for every test (`DATABASE_URL`, a child's environment): the fuzzer's `FUZZ_*`.
 */
export function fuzzVar(name: 'FUZZ_SEED' | 'FUZZ_COUNT' | 'FUZZ_ONLY'): string | undefined {
  const value = process.env[name];
  return value === '' ? undefined : value;
}
