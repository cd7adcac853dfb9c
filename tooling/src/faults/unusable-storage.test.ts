import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@inserjeunes/api/testing';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { DEMO_DIR } from '@inserjeunes/demo-data';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledServerCommand } from './compiled-server.js';

/** A folder the embedded database cannot use, and the cause the message must name. */
interface StorageCase {
  name: string;
  cause: RegExp;
  /** Makes the folder (in `dir`) and says which command prefix runs a program against it. */
  prepare(dir: string): { pgliteDir: string; prefix: string[] };
}

const isRoot = process.getuid?.() === 0;

/**
 * Runs a program in a mount namespace of its own (a user namespace too, so that it works
 * without being root) where `dir` is what `setup` mounted there: nothing is mounted on the
 * machine, and the mount goes away with the program.
 */
const inMountNamespace = (setup: string): string[] => [
  'unshare',
  '--user',
  '--map-root-user',
  '--mount',
  'sh',
  '-c',
  `${setup} && exec "$@"`,
  'sh',
];

const CASES: StorageCase[] = [
  {
    name: 'a path through a regular file',
    cause: /n’est pas un dossier \(ENOTDIR\)/,
    prepare(dir) {
      writeFileSync(join(dir, 'fichier'), 'pas un dossier\n');
      return { pgliteDir: join(dir, 'fichier', 'pglite'), prefix: [] };
    },
  },
  {
    name: 'a folder without write permission (0500)',
    cause: /accès refusé \(EACCES\)/,
    prepare(dir) {
      const pgliteDir = join(dir, 'pglite');
      mkdirSync(pgliteDir, { mode: 0o500 });
      chmodSync(pgliteDir, 0o500);
      // Root writes anywhere; without the capability to override permissions it obeys them.
      const prefix = isRoot
        ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--']
        : [];
      return { pgliteDir, prefix };
    },
  },
  {
    name: 'a read-only file system',
    cause: /lecture seule \(EROFS\)/,
    prepare(dir) {
      return {
        pgliteDir: join(dir, 'pglite'),
        prefix: inMountNamespace(
          `mount -t tmpfs -o size=4m ij-lecture-seule '${dir}' && mount -o remount,ro '${dir}'`,
        ),
      };
    },
  },
  {
    name: 'a full disk',
    cause: /disque plein \(ENOSPC\)/,
    prepare(dir) {
      return {
        pgliteDir: join(dir, 'pglite'),
        // A 1 MB file system, filled to the last byte before the program starts.
        prefix: inMountNamespace(
          `mount -t tmpfs -o size=1m ij-plein '${dir}' && { head -c 2M /dev/zero > '${dir}/remplissage' 2>/dev/null || true; }`,
        ),
      };
    },
  },
  {
    name: 'a disk that fills up while the database is created',
    cause: /disque plein \(ENOSPC\)/,
    prepare(dir) {
      return {
        pgliteDir: join(dir, 'pglite'),
        // Room for the first files only: PostgreSQL's own files need some 40 MB.
        prefix: inMountNamespace(`mount -t tmpfs -o size=8m ij-petit '${dir}'`),
      };
    },
  },
];

interface Run {
  code: number | null;
  ms: number;
  lines: string[];
}

const LIMIT_MS = 60_000;

/** Runs a command to its end (killed past one minute), keeping what it printed. */
function run(command: string[], env: Record<string, string>): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const [program = '', ...args] = command;
    const child = spawn(program, args, {
      cwd: REPO_ROOT,
      env: childProcessEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += String(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: performance.now() - started, lines: output.split('\n').filter(Boolean) });
    });
  });
}

const folders: string[] = [];
afterAll(() => {
  // Each folder is empty or holds a file: removing it needs only its parent's permission.
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/**
 * The embedded database's folder cannot be written: the server and `pnpm data:import` stop
 * at once with exit code 1 and one French line naming the folder and the cause, never a
 * stack trace.
 */
describe.each(CASES)('PGlite on $name', ({ name, cause, prepare }) => {
  it('stops the server and the importer at once with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ij-storage-'));
    folders.push(dir);
    const { pgliteDir, prefix } = prepare(dir);
    const env = { PGLITE_DIR: pgliteDir, DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'warn' };
    const [server, importer] = await Promise.all([
      run([...prefix, ...compiledServerCommand()], env),
      run([...prefix, 'pnpm', 'data:import', join(DEMO_DIR, 'indicateurs.csv')], env),
    ]);

    const messageOf = (lines: string[]) =>
      lines.find((line) =>
        line.includes(`Impossible d’ouvrir la base PGlite dans « ${pgliteDir} »`),
      );
    const serverMessage = messageOf(server.lines);
    const importerMessage = messageOf(importer.lines);
    console.log(
      [
        `PGlite on ${name} (PGLITE_DIR=${pgliteDir}):`,
        `  server: exit ${server.code} after ${(server.ms / 1000).toFixed(1)} s — ${serverMessage ?? server.lines.join(' | ')}`,
        `  pnpm data:import: exit ${importer.code} after ${(importer.ms / 1000).toFixed(1)} s — ${importerMessage ?? importer.lines.join(' | ')}`,
      ].join('\n'),
    );

    for (const [what, result, message, lead] of [
      ['server', server, serverMessage, '✗ Base embarquée inutilisable : '],
      ['importer', importer, importerMessage, 'Base de données inaccessible : '],
    ] as const) {
      const all = result.lines.join('\n');
      // Exit code 1 means it stopped by itself: the watchdog's SIGKILL would leave no code.
      expect(result.code, `${what}:\n${all}`).toBe(1);
      expect(message, `${what}:\n${all}`).toBeDefined();
      expect(message?.startsWith(lead), `${what}: ${message}`).toBe(true);
      expect(message).toMatch(cause);
      expect(message).toMatch(/PGLITE_DIR/);
      expect(all).not.toMatch(/^\s+at |Error:|node:internal/m);
    }
  }, 90_000);
});
