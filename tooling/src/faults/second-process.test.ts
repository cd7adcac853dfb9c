import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@inserjeunes/api/testing';
import { PGLITE_LOCK_FILE } from '@inserjeunes/db';
import { childProcessEnv } from '@inserjeunes/db/testing';
import { DEMO_DIR } from '@inserjeunes/demo-data';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, lockHolder, ServedByPnpm } from './served-by-pnpm.js';

interface Run {
  code: number | null;
  output: string;
}

/** A root command (`pnpm …`) on the folder, to its end. */
function pnpm(args: string[], pgliteDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', args, {
      cwd: REPO_ROOT,
      env: childProcessEnv({
        PGLITE_DIR: pgliteDir,
        DATABASE_URL: '',
        PORT: '0',
        LOG_LEVEL: 'warn',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/**
 * PGlite serves one process per folder. While `pnpm serve` holds one, a second server, an
 * import and `pnpm keys` are refused at once with one French line naming the holder and
 * what to do (never PGlite's "Aborted()"); once the server has been killed outright, its
 * stale lock is taken over by the next command.
 */
describe('a second process on a PGlite folder', () => {
  it('is refused while the server runs, and gets the folder once the server is dead', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ij-second-')), 'pglite');
    folders.push(dir);
    const served = await ServedByPnpm.start(dir);
    try {
      expect(served.origin, served.output.join('\n')).not.toBe('');
      const server = lockHolder(dir);
      const [secondServer, importer, keys] = await Promise.all([
        pnpm(['serve'], dir),
        pnpm(['data:import', join(DEMO_DIR, 'n_niveau_formation_diplome.csv')], dir),
        pnpm(['keys', 'list'], dir),
      ]);
      const refusal = `« ${dir} » est déjà ouverte par un autre processus (pid ${server} `;
      for (const [what, run] of [
        ['pnpm serve', secondServer],
        ['pnpm data:import', importer],
        ['pnpm keys list', keys],
      ] as const) {
        const line = run.output.split('\n').find((text) => text.includes(refusal));
        console.log(`${what} beside the server: exit ${run.code} — ${line ?? run.output}`);
        expect(run.code, run.output).toBe(1);
        expect(line, run.output).toMatch(/arrêtez ce processus .*DATABASE_URL/);
        expect(run.output).not.toMatch(/Aborted|^\s+at /m);
      }
      // The server was not disturbed.
      expect((await fetch(`${served.origin}/api/healthz`)).status).toBe(200);

      // Killed outright, the server leaves its lock behind; the next command takes it over.
      served.killGroup();
      await served.ended();
      // pnpm may end before the kernel has finished tearing the server down: wait for it.
      await expect.poll(() => isRunning(server), { interval: 50, timeout: 10_000 }).toBe(false);
      expect(existsSync(join(dir, PGLITE_LOCK_FILE))).toBe(true);
      const after = await pnpm(['keys', 'list'], dir);
      console.log(`pnpm keys list after the server was killed: exit ${after.code}`);
      expect(after.code, after.output).toBe(0);
      expect(existsSync(join(dir, PGLITE_LOCK_FILE))).toBe(false);
    } finally {
      served.killGroup();
    }
  }, 240_000);
});
