/**
 * The only place the journeys, their support and their configuration read or write their
 * environment. The runner reads the configuration first and sets the `E2E_*` variables; each
 * worker then inherits them.
 */
export type E2eVar = 'E2E_PORT' | 'E2E_PGLITE_DIR' | 'E2E_PARTNER_ORIGIN' | 'E2E_PARTNER_DIR';

/** An `E2E_*` variable, undefined when unset or empty. */
export function e2eVar(name: E2eVar): string | undefined {
  return process.env[name] || undefined;
}

/** Sets an `E2E_*` variable for the workers the runner starts afterwards. */
export function setE2eVar(name: E2eVar, value: string): void {
  process.env[name] = value;
}

/** Whether the journeys run in CI (`CI` set): a focused journey then fails the run. */
export function onCi(): boolean {
  return Boolean(process.env.CI);
}

/** This process's environment with `extra` on top, for a server a journey starts itself. */
export function childProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
