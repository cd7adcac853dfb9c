import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@inserjeunes/api/testing';
import { PGLITE_LOCK_FILE } from '@inserjeunes/db';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { buildServer } from './compiled-server.js';

/** How a process ended. */
export interface Ending {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * `pnpm serve` as an operator or a supervisor starts it, in a process group of its own, on
 * an embedded database folder: the test holds pnpm's pid (what a supervisor signals) and
 * reads the server's own pid from the folder's lock file.
 */
export class ServedByPnpm {
  readonly output: string[] = [];
  readonly #child: ChildProcess;
  readonly #ended: Promise<Ending>;
  origin = '';

  private constructor(child: ChildProcess) {
    this.#child = child;
    const keep = (chunk: Buffer) => this.output.push(...String(chunk).split('\n').filter(Boolean));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.#ended = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /** Starts it; resolves once it listens, or once it has ended (see `ended`). */
  static async start(pgliteDir: string, env: Record<string, string> = {}): Promise<ServedByPnpm> {
    buildServer();
    const child = spawn('pnpm', ['serve'], {
      cwd: REPO_ROOT,
      env: childProcessEnv({
        LOG_LEVEL: 'warn',
        ...env,
        PGLITE_DIR: pgliteDir,
        DATABASE_URL: '',
        PORT: '0',
      }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const served = new ServedByPnpm(child);
    const listening = new Promise<void>((resolve) => {
      const look = () => {
        const line = served.output.find((text) => /http:\/\/localhost:\d+\//.test(text));
        const port = line === undefined ? undefined : /localhost:(\d+)/.exec(line)?.[1];
        if (port !== undefined) {
          served.origin = `http://127.0.0.1:${port}`;
          resolve();
        }
      };
      child.stdout?.on('data', look);
      child.stderr?.on('data', look);
    });
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`pnpm serve muet après 120 s :\n${served.output.join('\n')}`)),
        120_000,
      ).unref(),
    );
    await Promise.race([listening, served.#ended, timeout]);
    return served;
  }

  /** pnpm's pid: what a supervisor started and signals. */
  get pnpmPid(): number {
    if (this.#child.pid === undefined) throw new Error('pnpm serve sans pid');
    return this.#child.pid;
  }

  /** Sends a signal to pnpm alone (not its group), as a supervisor does. */
  signal(signal: NodeJS.Signals): void {
    process.kill(this.pnpmPid, signal);
  }

  /** Resolves when pnpm has ended. */
  ended(): Promise<Ending> {
    return this.#ended;
  }

  /** Ends whatever is left of the group (after a failed test). */
  killGroup(): void {
    try {
      process.kill(-this.pnpmPid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** The pid named by a PGlite folder's lock file: the process that holds the folder. */
export function lockHolder(pgliteDir: string): number {
  const lock: unknown = JSON.parse(readFileSync(join(pgliteDir, PGLITE_LOCK_FILE), 'utf8'));
  const pid = typeof lock === 'object' && lock !== null && 'pid' in lock ? lock.pid : undefined;
  if (typeof pid !== 'number') throw new Error(`verrou sans pid dans ${pgliteDir}`);
  return pid;
}

/** Whether a process of this pid still runs (a zombie awaiting its parent counts as ended). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
