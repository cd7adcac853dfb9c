import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '@inserjeunes/api/testing';

let built = false;

/**
 * The command `pnpm serve` runs (Node, its flags, the compiled server), after compiling the
 * server once per test process, so that fault tests stop and start what production runs.
 */
export function compiledServerCommand(): string[] {
  buildServer();
  const manifest = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as {
    scripts?: Record<string, string>;
  };
  // `… && exec node <flags> apps/api/dist/server.js`
  const last = (manifest.scripts?.serve ?? '').split('&&').pop() ?? '';
  const [program, ...args] = last
    .trim()
    .replace(/^exec\s+/, '')
    .split(/\s+/);
  if (program !== 'node' || !args.includes('apps/api/dist/server.js')) {
    throw new Error(
      'le script serve de package.json doit finir par `exec node <options> apps/api/dist/server.js`',
    );
  }
  return [process.execPath, ...args];
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
