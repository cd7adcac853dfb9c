import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { findWorkspaceRoot } from '@inserjeunes/db/workspace-root';
import { runningGalleryOrigin } from '../../env.js';

const REPO = findWorkspaceRoot();
const GALLERY = fileURLToPath(new URL('../../', import.meta.url));

/** A running API serving the freshly built gallery. */
export interface GalleryServer {
  origin: string;
  stop(): Promise<void>;
}

function run(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
) {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${label} a échoué (${result.status}) :\n${result.stdout}\n${result.stderr}`);
  }
}

/** The production build (vitest sets NODE_ENV=test, which would pick Lit's development build). */
function buildGallery(): void {
  run('la construction de la galerie', 'pnpm', ['run', 'build'], {
    cwd: GALLERY,
    env: childProcessEnv({ NODE_ENV: 'production' }),
  });
}

/** What the server's database holds: the demo dataset, or official files (paths or folders). */
export type GalleryData = { demo: true } | { files: readonly string[] };

/**
 * Builds the gallery (and the widget if it is not built), loads the data into a fresh
 * PGlite folder with the importer's command, and starts the real server (`pnpm serve`, compiled)
 * on a free port, the way `pnpm start` does. The anonymous rate
 * limit is raised: the matrix alone makes a hundred calls.
 */
export async function startGalleryServer(
  data: GalleryData = { demo: true },
): Promise<GalleryServer> {
  // A server already running (while working on the gallery: `GALERIE_ORIGINE=http://localhost:3000`).
  const running = runningGalleryOrigin();
  if (running && 'demo' in data) {
    buildGallery();
    return { origin: running.replace(/\/$/, ''), stop: async () => {} };
  }
  if (!existsSync(join(REPO, 'packages/widget/dist/inserjeunes-indicateurs.js'))) {
    run('la construction du widget', 'pnpm', ['--filter', '@inserjeunes/widget', 'build'], {
      cwd: REPO,
      env: childProcessEnv({ NODE_ENV: 'production' }),
    });
  }
  buildGallery();
  const folder = mkdtempSync(join(tmpdir(), 'galerie-pglite-'));
  const env = childProcessEnv({
    PGLITE_DIR: folder,
    PORT: '0',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANONYME: '100000',
  });
  delete env.DATABASE_URL;
  const load = 'demo' in data ? ['--demo-if-empty'] : [...data.files];
  try {
    run('le chargement des données', 'pnpm', ['exec', 'tsx', 'apps/importer/src/cli.ts', ...load], {
      cwd: REPO,
      env,
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  run('la compilation du serveur', 'pnpm', ['build:server'], { cwd: REPO, env });
  // `pnpm serve`: the compiled server, as production runs it.
  const child: ChildProcess = spawn('pnpm', ['serve'], {
    cwd: REPO,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started = new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`le serveur n’a pas démarré :\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://localhost:${match[1]}`);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`le serveur s’est arrêté (${code}) :\n${output}`)),
    );
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    return { origin: await started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
