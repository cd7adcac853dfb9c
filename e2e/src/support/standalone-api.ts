import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePortSync } from '@inserjeunes/tooling/free-port-sync';
import { findWorkspaceRoot } from '@inserjeunes/tooling/workspace-root';
import { childProcessEnv } from '../env.js';

const REPO = findWorkspaceRoot();

/** An API server of its own that a journey stops and starts again, on one address. */
export interface StandaloneApi {
  origin: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the server and removes its database folder. */
  dispose(): Promise<void>;
}

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/api/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * The last steps of `pnpm start` (demo data into an empty database, then the server),
 * run directly on a database folder and a port of their own. The main server keeps its
 * own folder open (PGlite serves one process at a time), and its start has already built
 * the widget, which this server serves from the same place.
 */
export function standaloneApi(): StandaloneApi {
  const port = freePortSync();
  const folder = mkdtempSync(join(tmpdir(), 'e2e-api-arretee-'));
  const origin = `http://localhost:${port}`;
  const env = childProcessEnv({
    PORT: String(port),
    PGLITE_DIR: folder,
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
  });
  let loaded = false;
  let server: ChildProcess | null = null;

  const stop = async () => {
    const child = server;
    server = null;
    if (child?.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The whole group: pnpm and the server under it.
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };

  const start = async () => {
    if (!loaded) {
      const load = spawnSync(
        'pnpm',
        ['exec', 'tsx', 'apps/importer/src/cli.ts', '--demo-if-empty'],
        { cwd: REPO, env, encoding: 'utf8' },
      );
      if (load.status !== 0) {
        throw new Error(
          `chargement des données de démonstration :\n${load.stdout}\n${load.stderr}`,
        );
      }
      const build = spawnSync('pnpm', ['build:server'], { cwd: REPO, env, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`compilation du serveur :\n${build.stderr}`);
      loaded = true;
    }
    // `pnpm serve`: the compiled server, as production runs it.
    const child = spawn('pnpm', ['serve'], {
      cwd: REPO,
      env,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server = child;
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const deadline = Date.now() + 60_000;
    while (!(await answers(origin))) {
      if (child.exitCode !== null) throw new Error(`le serveur s’est arrêté :\n${errors}`);
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`le serveur ne répond pas après 60 s :\n${errors}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return {
    origin,
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
