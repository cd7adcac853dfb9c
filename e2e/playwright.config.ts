import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePortSync } from '@inserjeunes/tooling/free-port-sync';
import { findWorkspaceRoot } from '@inserjeunes/tooling/workspace-root';
import { defineConfig } from '@playwright/test';
import { e2eVar, onCi, setE2eVar } from './src/env.js';

const REPO = findWorkspaceRoot();
const CI = onCi();

// The runner reads this file, then each worker reads it again: the first reading picks the
// port and the database folder, and the workers inherit them through the environment.
// `E2E_PORT` may be given to run against a `pnpm start` already serving the demo data.
const PORT = e2eVar('E2E_PORT') ?? String(freePortSync());
setE2eVar('E2E_PORT', PORT);
let PGLITE_DIR = e2eVar('E2E_PGLITE_DIR');
if (PGLITE_DIR === undefined) {
  const folder = mkdtempSync(join(tmpdir(), 'e2e-pglite-'));
  setE2eVar('E2E_PGLITE_DIR', folder);
  PGLITE_DIR = folder;
  // After Playwright has stopped the server, which holds the folder open until then.
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
}
const ORIGIN = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: './src/journeys',
  snapshotPathTemplate: '{testDir}/{testFileName}-screenshots/{arg}{ext}',
  fullyParallel: false,
  workers: 1,
  forbidOnly: CI,
  // A flaky journey is fixed, never retried.
  retries: 0,
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // Baselines are made on this machine's Chromium, fonts and software rendering: pictures
    // come out identical, so a few pixels of slack are enough, and a changed word is not.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide', maxDiffPixels: 30 },
  },
  reporter: 'list',
  globalSetup: './src/support/global-setup.ts',
  use: {
    baseURL: ORIGIN,
    browserName: 'chromium',
    // Debian's Chromium: no browser is ever downloaded.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    viewport: { width: 1000, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
  // The product exactly as a designer starts it (README): `pnpm start` builds the widget and
  // the gallery, loads the demo data into the empty database, and serves everything on PORT.
  // A fresh PGlite folder, never the developer's `.data`; PostgreSQL is not used even when
  // DATABASE_URL is set for the package tests. The gallery's matrix alone makes a hundred
  // calls, hence the raised anonymous rate limit.
  webServer: {
    command: 'pnpm start',
    cwd: REPO,
    url: `${ORIGIN}/api/healthz`,
    env: {
      PORT,
      PGLITE_DIR,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ANONYME: '100000',
    },
    reuseExistingServer: !CI,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
