import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from '../testing/import-with-cli.js';

/**
 * The importer's command (`apps/importer/src/cli.ts`, what `pnpm data:import` runs) in a
 * child process of its own, with no package manager in between: a signal sent to it reaches
 * the importer itself. What it prints is kept.
 */
export class ImporterProcess {
  readonly output: string[] = [];
  readonly #child: ChildProcess;
  readonly #exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  #partial = '';
  #waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];

  constructor(paths: readonly string[], env: Record<string, string>) {
    this.#child = spawn(
      process.execPath,
      ['--import', 'tsx', 'apps/importer/src/cli.ts', ...paths],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const keep = (chunk: Buffer) => {
      const lines = (this.#partial + String(chunk)).split('\n');
      this.#partial = lines.pop() ?? '';
      for (const line of lines) this.#line(line);
    };
    this.#child.stdout?.on('data', keep);
    this.#child.stderr?.on('data', keep);
    this.#exited = new Promise((resolve) =>
      this.#child.once('close', (code, signal) => {
        if (this.#partial !== '') this.#line(this.#partial);
        resolve({ code, signal });
      }),
    );
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Resolves once the command has ended, with its exit code or the signal that ended it. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.#exited;
  }

  /** Resolves with the first line matching `pattern`, or null if the command ends before. */
  async waitForLine(pattern: RegExp): Promise<string | null> {
    const seen = this.output.find((line) => pattern.test(line));
    if (seen !== undefined) return seen;
    return Promise.race([
      new Promise<string>((resolve) => this.#waiters.push({ pattern, resolve })),
      this.#exited.then(() => null),
    ]);
  }

  /** Ends the importer at once, as a crash or an operator's `kill -9` would. */
  async kill(): Promise<void> {
    this.#child.kill('SIGKILL');
    await this.#exited;
  }

  #line(line: string): void {
    if (line === '') return;
    this.output.push(line);
    for (const waiter of this.#waiters.filter((w) => w.pattern.test(line))) {
      waiter.resolve(line);
    }
    this.#waiters = this.#waiters.filter((w) => !w.pattern.test(line));
  }
}

/** Runs the importer to its end; rejects with its output when it does not exit with 0. */
export async function runImporter(
  paths: readonly string[],
  env: Record<string, string>,
): Promise<string[]> {
  const importer = new ImporterProcess(paths, env);
  const { code, signal } = await importer.exited();
  if (code !== 0) {
    throw new Error(
      `the importer ended with ${code ?? signal}:\n${importer.output.slice(-40).join('\n')}`,
    );
  }
  return importer.output;
}
