import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../free-port.js';

const BIN = '/usr/lib/postgresql/15/bin';

/** Why a private PostgreSQL cannot be started here, or null when it can. */
export function privatePostgresUnavailable(): string | null {
  if (!existsSync(join(BIN, 'initdb'))) return `${BIN}/initdb is absent (PostgreSQL 15 server)`;
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return 'running as root without a postgres user to run PostgreSQL';
  }
  return null;
}

/**
 * A PostgreSQL 15 cluster of its own, in a temporary folder on a free port, that a test may
 * stop and start at will without touching the machine's shared server. As root, its
 * programs run as the `postgres` user (PostgreSQL refuses to run as root).
 */
export class PrivatePostgres {
  readonly url: string;
  readonly #folder: string;
  readonly #data: string;
  readonly #port: number;
  readonly #owner: { uid: number; gid: number } | null;

  private constructor(folder: string, port: number, owner: { uid: number; gid: number } | null) {
    this.#folder = folder;
    this.#data = join(folder, 'data');
    this.#port = port;
    this.#owner = owner;
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  static async create(): Promise<PrivatePostgres> {
    const folder = mkdtempSync(join(tmpdir(), 'ij-private-pg-'));
    let owner: { uid: number; gid: number } | null = null;
    if (process.getuid?.() === 0) {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
      owner = { uid, gid };
      chownSync(folder, uid, gid);
    }
    const server = new PrivatePostgres(folder, await freePort(), owner);
    await server.#run('initdb', [
      '-D',
      server.#data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    await server.start();
    return server;
  }

  /** Starts the server and resolves once it accepts connections. */
  start(): Promise<void> {
    return this.#run('pg_ctl', [
      '-D',
      this.#data,
      '-l',
      join(this.#folder, 'server.log'),
      '-o',
      `-p ${this.#port} -k ${this.#folder} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      'start',
    ]);
  }

  /**
   * Stops at once: sessions are cut, as when the server crashes or is restarted by an
   * operator. Resolves once it has stopped; the caller's event loop keeps running meanwhile.
   */
  stop(): Promise<void> {
    return this.#run('pg_ctl', ['-D', this.#data, '-m', 'fast', '-w', 'stop']);
  }

  /** The server's own log, to print when something went wrong. */
  log(): string {
    const file = join(this.#folder, 'server.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  destroy(): void {
    spawnSync(...this.#command('pg_ctl', ['-D', this.#data, '-m', 'immediate', '-w', 'stop']));
    rmSync(this.#folder, { recursive: true, force: true });
  }

  #command(program: string, args: string[]): [string, string[]] {
    const path = join(BIN, program);
    return this.#owner === null
      ? [path, args]
      : ['runuser', ['-u', 'postgres', '--', path, ...args]];
  }

  #run(program: string, args: string[]): Promise<void> {
    const [command, all] = this.#command(program, args);
    return new Promise((resolve, reject) => {
      const child = spawn(command, all, { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const keep = (chunk: Buffer) => {
        output += String(chunk);
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.once('error', reject);
      child.once('close', (status) => {
        if (status === 0) resolve();
        else reject(new Error(`${program} failed (${status}):\n${output}\n${this.log()}`));
      });
    });
  }
}
