import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { ROOT } from './repo-paths.js';

/** Runs a command from the repository's root; stops the benchmark when it fails (unless `tolerant`). */
export function run(
  label: string,
  command: string,
  args: string[],
  { env = {}, tolerant = false }: { env?: NodeJS.ProcessEnv; tolerant?: boolean } = {},
) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: childProcessEnv(env),
    encoding: 'utf8',
  });
  if (result.status !== 0 && tolerant) {
    console.warn(`! ${label} exited with ${result.status}; going on with what it loaded`);
  } else if (result.status !== 0) {
    console.error(`✗ ${label} failed:\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
}

/** The real API on a free port, over a fresh PGlite folder loaded with the demo data. */
export async function startApi(dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  const env = { PGLITE_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_ANONYME: '100000' };
  // The importer reports files it does not recognise with a non-zero status; the widget
  // needs only the indicators, and a missing dataset shows up below as a widget that fails.
  run(
    'loading the demo data',
    'pnpm',
    ['exec', 'tsx', 'apps/importer/src/cli.ts', '--demo-if-empty'],
    {
      env,
      tolerant: true,
    },
  );
  // `pnpm serve`: the compiled server, as production runs it.
  run('compiling the server', 'pnpm', ['build:server'], { env });
  const server = spawn('pnpm', ['serve'], {
    cwd: ROOT,
    env: childProcessEnv({ ...env, PORT: '0' }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the API did not start within 60 s')), 60_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = /http:\/\/localhost:(\d+)\//.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    server.once('exit', (code) => reject(new Error(`the API stopped (exit ${code})`)));
  });
  return { url, process: server };
}
