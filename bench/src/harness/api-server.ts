import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { freePort } from '@inserjeunes/tooling/free-port';
import { SERVER, type ServeCommand, serveCommand } from '@inserjeunes/tooling/serve-command';
import { ROOT } from './repo-paths.js';

/** User + system CPU time of a process, in seconds (fields 14 and 15 of /proc/<pid>/stat). */
export function processCpuSeconds(pid: number | undefined): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** What the server process reports of its own memory (see `report-memory.mjs`). */
export interface HeapReport {
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface ApiServerOptions {
  /** Where the server's log lines go: discarded, or a file descriptor. Default discarded. */
  log?: 'ignore' | number;
  /** Preload `report-memory.mjs` so the server reports its heap over an IPC channel. */
  reportHeap?: boolean;
  /** More Node flags (a CPU profile: `--cpu-prof`). */
  nodeFlags?: string[];
}

const REPORT_MEMORY = new URL('./report-memory.mjs', import.meta.url).pathname;

/**
 * The server compiled first, then the environment and flags `pnpm serve` gives Node, so that
 * what is measured runs as production does.
 */
function serveArgs(): ServeCommand {
  const build = spawnSync(process.execPath, ['scripts/build-server.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`compiling the server failed:\n${build.stderr}`);
  return serveCommand(ROOT);
}

/**
 * The real server (compiled, as `pnpm serve` runs it) in a child process on a
 * free port, with the database of `env`.
 */
export class ApiServer {
  readonly origin: string;
  /** The latest heap figures the server sent, when it was started with `reportHeap`. */
  heap: HeapReport | undefined;
  readonly #child: ChildProcess;
  readonly #exited: Promise<number | null>;

  private constructor(child: ChildProcess, port: number) {
    this.#child = child;
    this.origin = `http://127.0.0.1:${port}`;
    this.#exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.on('message', (message: unknown) => {
      if (typeof message === 'object' && message !== null && 'heapUsed' in message) {
        this.heap = message as HeapReport;
      }
    });
  }

  static async start(env: NodeJS.ProcessEnv, options: ApiServerOptions = {}): Promise<ApiServer> {
    const port = await freePort();
    const log = options.log ?? 'ignore';
    const preload = options.reportHeap ? ['--import', REPORT_MEMORY] : [];
    const serve = serveArgs();
    const child = spawn(
      process.execPath,
      [...serve.flags, ...(options.nodeFlags ?? []), ...preload, SERVER],
      {
        cwd: ROOT,
        env: childProcessEnv({ LOG_LEVEL: 'info', ...serve.env, ...env, PORT: String(port) }),
        stdio: [
          'ignore',
          log,
          log === 'ignore' ? 'inherit' : log,
          ...(options.reportHeap ? ['ipc' as const] : []),
        ],
      },
    );
    const server = new ApiServer(child, port);
    for (let attempt = 0; attempt < 1200; attempt++) {
      try {
        const response = await fetch(`${server.origin}/api/healthz`);
        if (response.ok) return server;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGKILL');
    throw new Error('the server did not answer within 120 s');
  }

  /** Null while it runs. */
  get exitCode(): number | null {
    return this.#child.exitCode;
  }

  /** CPU time the server process used so far (user + system), in seconds, from /proc. */
  cpuSeconds(): number {
    return processCpuSeconds(this.#child.pid);
  }

  /** Resident memory of the server process, in MB, from /proc. */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.#child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return kb / 1024;
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    this.#child.kill('SIGTERM');
    await this.#exited;
  }
}
