import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDb } from './create-db.js';
import { LOCK_FILE } from './pglite-folder-lock.js';

const folders: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ij-verrou-'));
  folders.push(dir);
  return join(dir, 'pglite');
}

/** A lock file naming `pid`, as another process would have left it. */
function lockAs(dir: string, pid: number, debut: string | null): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, debut, commande: 'node server.js' }));
}

function startTime(pid: number): string | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

/** A process that runs until the test ends. */
function running(): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  children.push(child);
  if (child.pid === undefined) throw new Error('no child process');
  return child.pid;
}

/** The pid of a process that has ended. */
function ended(): number {
  const child = spawnSync(process.execPath, ['-p', 'process.pid'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

// Creating a PGlite folder takes seconds on a busy machine.
describe('one process per PGlite folder', { timeout: 120_000 }, () => {
  it('refuses a folder another running process holds, saying which and what to do', async () => {
    const dir = folder();
    const pid = running();
    lockAs(dir, pid, existsSync(`/proc/${pid}/stat`) ? startTime(pid) : null);

    const opening = createDb({ pgliteDir: dir });

    await expect(opening).rejects.toThrow(
      new RegExp(
        `« ${dir} » est déjà ouverte par un autre processus \\(pid ${pid} : node server.js\\)`,
      ),
    );
    await expect(opening).rejects.toThrow(/arrêtez ce processus.*DATABASE_URL/);
    // The other process's lock is left as it was.
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(pid);
  });

  it('takes over the lock of a process that has ended, holds it while open, and frees it on close', async () => {
    const dir = folder();
    lockAs(dir, ended(), null);

    const handle = await createDb({ pgliteDir: dir });
    try {
      expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
      await expect(handle.ping()).resolves.toBeUndefined();
    } finally {
      await handle.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it.runIf(existsSync('/proc/self/stat'))(
    'takes over a lock whose pid now belongs to a process started later',
    async () => {
      const dir = folder();
      lockAs(dir, running(), '1');

      const handle = await createDb({ pgliteDir: dir });
      await handle.close();

      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    },
  );
});
