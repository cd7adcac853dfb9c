import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from '@inserjeunes/api/testing';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { freePort } from '../free-port.js';
import { compiledServerCommand } from './compiled-server.js';

/**
 * The real server, compiled, in a child process, as `pnpm serve` runs it, on a free port:
 * what it prints is kept for the test to read.
 */
export class ApiServer {
  readonly origin: string;
  readonly output: string[] = [];
  readonly #child: ChildProcess;
  #exited: Promise<number | null>;

  private constructor(child: ChildProcess, port: number) {
    this.#child = child;
    this.origin = `http://127.0.0.1:${port}`;
    const keep = (chunk: Buffer) => this.output.push(...String(chunk).split('\n').filter(Boolean));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.#exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /**
   * Starts the server (on `port`, else a free one); resolves once it answers, or once it has
   * exited (see `exitCode`).
   */
  static async start(env: Record<string, string>, port?: number): Promise<ApiServer> {
    port ??= await freePort();
    const [program = 'env', ...args] = compiledServerCommand();
    const child = spawn(program, args, {
      cwd: REPO_ROOT,
      env: childProcessEnv({ LOG_LEVEL: 'warn', ...env, PORT: String(port) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ApiServer(child, port);
    for (let attempt = 0; attempt < 1200; attempt++) {
      if (server.exitCode !== null) return server;
      const up = await fetch(`${server.origin}/api`)
        .then(() => true)
        .catch(() => false);
      if (up) return server;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    server.#child.kill('SIGKILL');
    throw new Error(`the server did not answer within 120 s:\n${server.output.join('\n')}`);
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Null while it runs. */
  get exitCode(): number | null {
    return this.#child.exitCode;
  }

  /** Resolves with the exit code once the process has ended on its own. */
  exited(): Promise<number | null> {
    return this.#exited;
  }

  /** Kills the process outright (SIGKILL), as a crash or the OOM killer would. */
  async kill(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    this.#child.kill('SIGKILL');
    await this.#exited;
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    this.#child.kill('SIGTERM');
    await this.#exited;
  }
}
