// The only place the root scripts read their environment.

/** One variable, undefined when unset or empty. */
export function envVar(name) {
  return process.env[name] || undefined;
}

/** This process's environment with `extra` on top, for the commands a script runs. */
export function childEnv(extra = {}) {
  return { ...process.env, ...extra };
}
