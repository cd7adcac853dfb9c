#!/usr/bin/env node
// `node scripts/newcomer.mjs`: what a newcomer lives through. Clones the repository (its
// committed state) into a temporary folder and runs the two commands of the README, taken
// from README.md itself so they cannot drift, as written there, on a machine state a newcomer
// has: an empty pnpm store, empty npm and pnpm caches, no pnpm on PATH, no DATABASE_URL.
// Then checks that the started product answers (health, a figure drawn by the widget in
// Chromium, the gallery) and that the test command passes. Prints each step's duration.
//
//   node scripts/newcomer.mjs           # the whole path (long: a full install and test run)
//   node scripts/newcomer.mjs --start   # stop after the start command's checks
//   node scripts/newcomer.mjs --keep    # leave the temporary folder for inspection
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv, envVar } from './env.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** The first `sh` block under a `## <title>` heading of the README. */
function readmeCommand(readme, title) {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${title}\n`));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1]?.trim();
  if (!block) throw new Error(`README.md has no sh block under "## ${title}"`);
  return block;
}

/**
 * PATH without pnpm: each folder holding a pnpm is replaced by a folder of links to all of its
 * other programs, so node, npx, git and the rest stay where a newcomer has them.
 */
function pathWithoutPnpm(work) {
  const hidden = new Set(['pnpm', 'pnpx', 'pnpm.cjs', 'pnpx.cjs']);
  return (envVar('PATH') ?? '')
    .split(delimiter)
    .map((dir, index) => {
      if (!existsSync(join(dir, 'pnpm'))) return dir;
      const shadow = join(work, `path-${index}`);
      mkdirSync(shadow);
      for (const name of readdirSync(dir)) {
        if (!hidden.has(name)) symlinkSync(join(dir, name), join(shadow, name));
      }
      return shadow;
    })
    .join(delimiter);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exitCode = 1;
}

const work = mkdtempSync(join(tmpdir(), 'ij-newcomer-'));
const clone = join(work, 'inserjeunes');
const env = childEnv();
delete env.DATABASE_URL;
delete env.PGLITE_DIR;
delete env.npm_config_store_dir;
Object.assign(env, {
  PATH: pathWithoutPnpm(work),
  npm_config_store_dir: join(work, 'pnpm-store'),
  npm_config_cache: join(work, 'npm-cache'),
  XDG_CACHE_HOME: join(work, 'cache'),
  XDG_DATA_HOME: join(work, 'data'),
  XDG_STATE_HOME: join(work, 'state'),
  CI: '',
});
let server;

try {
  const which = spawnSync('sh', ['-c', 'command -v pnpm'], { env, encoding: 'utf8' });
  if (which.status === 0) throw new Error(`pnpm is still on PATH: ${which.stdout.trim()}`);
  console.log(`Newcomer's path in ${work} (no pnpm on PATH, empty pnpm store and caches)`);

  let t = Date.now();
  const cloned = spawnSync('git', ['clone', '--quiet', REPO, clone], { stdio: 'inherit' });
  if (cloned.status !== 0) throw new Error('git clone failed');
  const head = spawnSync('git', ['log', '-1', '--format=%h %s'], { cwd: clone, encoding: 'utf8' });
  console.log(`✓ cloned ${head.stdout.trim()} (${seconds(t)})`);

  const readme = readFileSync(join(clone, 'README.md'), 'utf8');
  const runCommand = readmeCommand(readme, 'Run it');
  const testCommand = readmeCommand(readme, 'Test it');
  console.log(`  run:  ${runCommand}\n  test: ${testCommand}`);

  // The run command, as written; PORT (documented next to it) keeps it off a busy 3000.
  t = Date.now();
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  server = spawn('sh', ['-c', runCommand], {
    cwd: clone,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  let healthy = false;
  for (let waited = 0; !healthy && waited < 30 * 60; waited++) {
    if (server.exitCode !== null) throw new Error(`the run command exited with ${server.exitCode}`);
    healthy = await fetch(`${origin}/api/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (!healthy) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (!healthy) throw new Error('the product did not answer /api/healthz within 30 minutes');
  const storeFilled = existsSync(env.npm_config_store_dir);
  console.log(
    `✓ install and start: /api/healthz answers on ${origin} (${seconds(t)}; pnpm store ${storeFilled ? 'filled from empty' : 'NOT in the temporary folder'})`,
  );
  if (!storeFilled) fail('pnpm did not use the empty store it was given');

  const health = await (await fetch(`${origin}/api/healthz`)).json();
  if (health.status !== 'ok') fail(`/api/healthz answered ${JSON.stringify(health)}`);

  const gallery = await fetch(`${origin}/`);
  const page = await gallery.text();
  if (gallery.status !== 200 || !/<html/i.test(page)) {
    fail(`the gallery page answered ${gallery.status}`);
  } else {
    console.log(`✓ the gallery page answers (${page.length} bytes of HTML)`);
  }

  // A figure the widget draws, in Chromium, from the demo data the start command loaded.
  const cases = JSON.parse(
    readFileSync(join(clone, 'packages/demo-data/files/cas.json'), 'utf8'),
  ).cas;
  const shown = cases.find((c) => c.attendu.scope === 'national' && !c.uai && !c.region);
  const require = createRequire(join(clone, 'e2e/package.json'));
  const { chromium } = require('@playwright/test');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/embed?code=${shown.code}&audience=lycee`);
    const text = await tab
      .locator('inserjeunes-indicateurs')
      .getByText(/\d+\s?%/)
      .first()
      .textContent({ timeout: 30_000 });
    console.log(`✓ the widget draws a figure for ${shown.code}: « ${text?.trim()} »`);
  } catch (error) {
    fail(`the widget drew no figure for ${shown?.code}: ${error.message}`);
  } finally {
    await browser.close();
  }
  process.kill(-server.pid, 'SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  server = undefined;

  if (!args.has('--start') && process.exitCode !== 1) {
    t = Date.now();
    console.log(`\n▶ the test command, as written: ${testCommand}`);
    const tests = spawnSync('sh', ['-c', testCommand], { cwd: clone, env, stdio: 'inherit' });
    if (tests.status === 0) console.log(`✓ the test command passes (${seconds(t)})`);
    else fail(`the test command failed with code ${tests.status} after ${seconds(t)}`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  if (server !== undefined) {
    process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  if (args.has('--keep')) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  console.log(
    `\n${process.exitCode === 1 ? '✗ newcomer’s path broken' : '✓ newcomer’s path works'} (${seconds(started)} in all)`,
  );
}
