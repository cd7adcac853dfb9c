import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { freePort } from '@inserjeunes/tooling/free-port';
import { serveCommand } from '@inserjeunes/tooling/serve-command';
import { processCpuSeconds } from '../harness/api-server.js';
import { ROOT } from '../harness/repo-paths.js';

const SCRIPT = new URL('./bare-hono.mjs', import.meta.url).pathname;

/** Hono on @hono/node-server answering one small JSON, with the API's Node flags. */
export class BareServer {
  readonly origin: string;
  readonly #child: ChildProcess;

  private constructor(child: ChildProcess, port: number) {
    this.#child = child;
    this.origin = `http://127.0.0.1:${port}`;
  }

  static async start(): Promise<BareServer> {
    const port = await freePort();
    const serve = serveCommand(ROOT);
    const child = spawn(process.execPath, [...serve.flags, SCRIPT, String(port)], {
      cwd: ROOT,
      env: childProcessEnv(serve.env),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`the bare Hono server exited with ${code}`)));
    });
    return new BareServer(child, port);
  }

  /** CPU time the server process used so far (user + system), in seconds, from /proc. */
  cpuSeconds(): number {
    return processCpuSeconds(this.#child.pid);
  }

  /** Resident memory of the server process, in MB, from /proc. */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.#child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.#child.once('exit', resolve));
    this.#child.kill('SIGTERM');
    await exited;
  }
}
