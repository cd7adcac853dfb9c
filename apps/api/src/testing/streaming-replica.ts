import { execFileSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { childProcessEnv } from '@inserjeunes/db/testing';

const PG_ROOT = '/usr/lib/postgresql';

/** A second PostgreSQL cluster streaming from the machine's, on a port of its own. */
export interface StreamingReplica {
  port: number;
  /** The replica's URL for one database of the primary's. */
  url(database: string): string;
  /** Stops the replica at once (`pg_ctl stop -m fast`); the folder stays until `remove`. */
  stop(): void;
  /** Stops it if it runs and removes its folder. */
  remove(): void;
}

/** The PostgreSQL binaries folder of the machine's server, or why there is none. */
export function postgresBinaries(): { bin: string } | { missing: string } {
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT).filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'pg_basebackup')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined) return { missing: `no pg_basebackup under ${PG_ROOT}` };
  return { bin: join(PG_ROOT, newest, 'bin') };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Copies the primary at `primary` (host 127.0.0.1) with `pg_basebackup` into a folder under
 * the system's temporary folder and starts it as a hot standby on a free port, as the
 * `postgres` user when run as root (PostgreSQL refuses to run as root). The caller removes
 * it (`remove`), including when the test fails.
 */
export async function startStreamingReplica(primaryPort: number): Promise<StreamingReplica> {
  const binaries = postgresBinaries();
  if ('missing' in binaries) throw new Error(binaries.missing);
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'ij-replica-'));
  const port = await freePort();
  const run = (tool: string, args: string[]) => {
    const command = join(binaries.bin, tool);
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
      : [command, args];
    return execFileSync(file, argv, { env: childProcessEnv(), stdio: 'pipe', timeout: 60_000 });
  };
  const data = join(dir, 'data');
  let running = false;
  const replica: StreamingReplica = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      if (!running) return;
      running = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
    },
    remove() {
      replica.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    if (asRoot) chownSync(dir, pgUid(), pgGid());
    run('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'],
      ...['-D', data, '-R', '-X', 'stream', '-c', 'fast'],
    ]);
    // Debian keeps the configuration out of the data folder: the copy gets its own.
    const conf = join(data, 'postgresql.conf');
    writeFileSync(
      conf,
      [
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'hot_standby = on',
        "shared_buffers = '32MB'",
        'fsync = off',
      ].join('\n'),
    );
    writeFileSync(join(data, 'pg_hba.conf'), 'host all all 127.0.0.1/32 trust\n');
    writeFileSync(join(data, 'pg_ident.conf'), '');
    if (asRoot) {
      for (const file of ['postgresql.conf', 'pg_hba.conf', 'pg_ident.conf']) {
        chownSync(join(data, file), pgUid(), pgGid());
      }
    }
    try {
      run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
    } catch (error) {
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : '';
      throw new Error(`the replica did not start: ${log.slice(-1500)}`, { cause: error });
    }
    running = true;
    return replica;
  } catch (error) {
    replica.remove();
    throw error;
  }
}

function pgUid(): number {
  return Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
}

function pgGid(): number {
  return Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
}
