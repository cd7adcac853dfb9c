import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from '@inserjeunes/api/testing';
import { childProcessEnv } from '@inserjeunes/db/testing';

export interface ImporterOptions {
  /**
   * Run it in a pseudo-terminal (util-linux `script`), as an operator does: the importer then
   * draws its progress bar from the first tenth of a second, where a log gets a line every few
   * seconds only.
   */
  terminal?: boolean;
}

const ESCAPE_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * The importer's command (`apps/importer/src/cli.ts`, what `pnpm data:import` runs) in a
 * child process of its own, with no package manager in between: a signal sent to it reaches
 * the importer itself. What it prints is kept, line by line (each redraw of the progress bar
 * counts as a line).
 */
export class ImporterProcess {
  readonly output: string[] = [];
  readonly #child: ChildProcess;
  readonly #exited: Promise<number | null>;
  readonly #pid: Promise<number>;
  #partial = '';
  #waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];

  constructor(
    paths: readonly string[],
    env: Record<string, string>,
    options: ImporterOptions = {},
  ) {
    const command = [process.execPath, '--import', 'tsx', 'apps/importer/src/cli.ts', ...paths];
    const [program = '', ...args] = options.terminal
      ? // The shell prints its pid, then becomes the importer: that pid is the importer's.
        ['script', '-qfec', `echo PID:$$; exec ${command.map(quote).join(' ')}`, '/dev/null']
      : command;
    this.#child = spawn(program, args, {
      cwd: REPO_ROOT,
      env: childProcessEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      const lines = (this.#partial + String(chunk)).split(/[\r\n]+/);
      this.#partial = lines.pop() ?? '';
      for (const line of lines) this.#line(line);
    };
    this.#child.stdout?.on('data', keep);
    this.#child.stderr?.on('data', keep);
    this.#exited = new Promise((resolve) =>
      this.#child.once('close', (code) => {
        if (this.#partial !== '') this.#line(this.#partial);
        resolve(code);
      }),
    );
    const child = this.#child;
    this.#pid = options.terminal
      ? this.waitForLine(/^PID:\d+$/).then((line) => {
          if (line === null) throw new Error(`the importer did not start:\n${this.text()}`);
          return Number(line.slice(4));
        })
      : Promise.resolve(child.pid ?? 0);
    // Only `kill` needs the pid: an importer that never started is reported by its output.
    this.#pid.catch(() => undefined);
  }

  /** Resolves once the command has ended, with its exit code (null when a signal ended it). */
  exited(): Promise<number | null> {
    return this.#exited;
  }

  /** Resolves with the first line matching `pattern`, or null if the command ends before. */
  async waitForLine(pattern: RegExp): Promise<string | null> {
    const seen = this.output.find((line) => pattern.test(line));
    if (seen !== undefined) return seen;
    return Promise.race([
      new Promise<string>((resolve) => this.#waiters.push({ pattern, resolve })),
      this.#exited.then(() => this.output.find((line) => pattern.test(line)) ?? null),
    ]);
  }

  /** Ends the importer at once, as a crash or an operator's `kill -9` would. */
  async kill(): Promise<void> {
    process.kill(await this.#pid, 'SIGKILL');
    await this.#exited;
  }

  /** What it printed, for a failure message. */
  text(): string {
    return this.output.slice(-40).join('\n');
  }

  #line(raw: string): void {
    // A terminal's escape sequences (clearing the line) carry nothing to read.
    const line = raw.replaceAll(ESCAPE_SEQUENCE, '').trimEnd();
    if (line.trim() === '') return;
    this.output.push(line);
    const matched = this.#waiters.filter((waiter) => waiter.pattern.test(line));
    this.#waiters = this.#waiters.filter((waiter) => !matched.includes(waiter));
    for (const waiter of matched) waiter.resolve(line);
  }
}

/** Runs the importer to its end; rejects with its output when it does not exit with 0. */
export async function runImporter(
  paths: readonly string[],
  env: Record<string, string>,
): Promise<string[]> {
  const importer = new ImporterProcess(paths, env);
  const code = await importer.exited();
  if (code !== 0) throw new Error(`the importer ended with ${code}:\n${importer.text()}`);
  return importer.output;
}
