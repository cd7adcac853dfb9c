import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DbHandle } from './create-db.js';

/** The file that names the process holding a PGlite folder. */
export const LOCK_FILE = 'inserjeunes.verrou';

interface LockOwner {
  pid: number;
  /** When the process started (Linux clock ticks since boot): a reused pid is told apart. */
  debut: string | null;
  commande: string;
}

/** Lock files this process holds, removed if it exits without closing its databases. */
const held = new Set<string>();
let exitHook = false;

/**
 * Opens a PGlite folder for this process alone: PGlite (one PostgreSQL backend in
 * WebAssembly) corrupts its files or aborts when two processes open one folder. A lock file
 * in the folder names the owner's pid; a second process (server, import, `pnpm keys`) is
 * refused at once with a French message saying what to do, and a lock left by a process
 * that no longer runs is taken over. The lock goes with the handle's `close()`.
 *
 * A folder whose lock cannot even be written is left to `open`, which reports the real
 * cause (permission, read-only or full disk).
 */
export async function withPgliteFolderLock(
  dir: string,
  open: () => Promise<DbHandle>,
): Promise<DbHandle> {
  const path = join(dir, LOCK_FILE);
  const taken = take(dir, path);
  if (!taken) return open();
  let handle: DbHandle;
  try {
    handle = await open();
  } catch (error) {
    release(path);
    throw error;
  }
  return {
    ...handle,
    async close() {
      try {
        await handle.close();
      } finally {
        release(path);
      }
    },
  };
}

/** True once the lock is this process's; false when the folder cannot hold a file at all. */
function take(dir: string, path: string): boolean {
  const me = describeProcess(process.pid);
  const content = JSON.stringify(me);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, content, { flag: 'wx' });
      hold(path);
      return true;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') return false;
    }
    const owner = readOwner(path);
    if (owner !== null && owner.pid === process.pid) return true;
    if (owner !== null && isRunning(owner)) throw busy(dir, owner);
    // A lock left by a process that ended without closing: taken over.
    try {
      unlinkSync(path);
    } catch {
      // Another process took it over first: the next attempt reads its lock.
    }
  }
  throw new Error(`le verrou « ${path} » n’a pas pu être pris`);
}

function hold(path: string): void {
  held.add(path);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const lock of held) release(lock);
  });
}

/** Removes the lock if it is still this process's. */
function release(path: string): void {
  if (!held.delete(path)) return;
  if (readOwner(path)?.pid !== process.pid) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function busy(dir: string, owner: LockOwner): Error {
  return new Error(
    `la base PGlite « ${dir} » est déjà ouverte par un autre processus (pid ${owner.pid} : ${owner.commande}). ` +
      'PGlite ne sert qu’un processus à la fois : arrêtez ce processus (par exemple le serveur) ' +
      'avant de lancer l’import ou pnpm keys, puis relancez-le ; pour travailler à plusieurs ' +
      'processus, utilisez PostgreSQL (DATABASE_URL).',
  );
}

function readOwner(path: string): LockOwner | null {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { pid, debut, commande } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    return {
      pid,
      debut: typeof debut === 'string' ? debut : null,
      commande: typeof commande === 'string' ? commande : '?',
    };
  } catch {
    // Unreadable or half-written: treated as stale.
    return null;
  }
}

/** Whether the lock's owner still runs: the pid exists and, where known, started when it did. */
function isRunning(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if (errorCode(error) !== 'EPERM') return false;
  }
  // A killed process whose parent has not collected it yet (a zombie) holds no file.
  if (processState(owner.pid) === 'Z') return false;
  const debut = startTime(owner.pid);
  return owner.debut === null || debut === null || debut === owner.debut;
}

/** The process's state letter from /proc (Linux: `R`, `S`, `Z`…); null elsewhere. */
function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) || null;
  } catch {
    return null;
  }
}

function describeProcess(pid: number): LockOwner {
  const commande = process.argv
    .slice(1)
    .map((arg) => arg.replace(/^.*\/(?=[^/]+$)/, ''))
    .join(' ');
  return { pid, debut: startTime(pid), commande: `node ${commande}`.slice(0, 200) };
}

/** The process's start time from /proc (Linux); null elsewhere. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
