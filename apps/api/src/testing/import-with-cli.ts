import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type DbHandle, findWorkspaceRoot } from '@inserjeunes/db';
import { childProcessEnv, type TestDbTarget, testDatabaseUrl } from '@inserjeunes/db/testing';

/** The repository root, where `pnpm exec tsx apps/importer/src/cli.ts` runs. */
export const REPO_ROOT = findWorkspaceRoot();

/**
 * A database of the target's engine filled by the importer's own command, run as a child
 * process: the API never imports the importer's code, it reads what the importer left, as
 * in production. PGlite gets a folder of its own (removed on close); PostgreSQL a scratch
 * database (dropped on close).
 */
export async function importWithCli(
  target: TestDbTarget,
  paths: readonly string[],
): Promise<DbHandle> {
  if (target.name === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'ij-api-import-'));
    await runImporter(paths, { PGLITE_DIR: dir, DATABASE_URL: '' });
    const handle = await createDb({ pgliteDir: dir });
    return {
      ...handle,
      async close() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const handle = await target.open();
  const [row] = await handle.query<{ name: string }>('select current_database() as name');
  const url = new URL(testDatabaseUrl() ?? '');
  url.pathname = `/${row?.name ?? ''}`;
  await runImporter(paths, { DATABASE_URL: url.toString() });
  return handle;
}

function runImporter(paths: readonly string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['exec', 'tsx', 'apps/importer/src/cli.ts', ...paths], {
      cwd: REPO_ROOT,
      env: childProcessEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`the importer exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}
