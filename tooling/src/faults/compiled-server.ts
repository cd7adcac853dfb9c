import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '@inserjeunes/api/testing';
import { SERVER, serveCommand } from '../serve-command.js';

let built = false;

/**
 * The command `pnpm serve` runs (its environment through `env`, Node, its flags, the compiled
 * server), after compiling the server once per test process, so that fault tests stop and
 * start what production runs. `env` replaces itself with Node: the process is the server.
 */
export function compiledServerCommand(): string[] {
  buildServer();
  const { env, flags } = serveCommand(REPO_ROOT);
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${value}`);
  return ['env', ...assignments, process.execPath, ...flags, SERVER];
}

/** Compiles the server (`pnpm build:server`) once per test process. */
export function buildServer(): void {
  if (built) return;
  const build = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`compilation du serveur :\n${build.stderr}`);
  built = true;
}
