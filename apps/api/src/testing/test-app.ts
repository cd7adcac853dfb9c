import type { DbHandle } from '@inserjeunes/db';
import { type App, type AppDeps, createApp } from '../app.js';

/** Today in the tests: diplomas closed before it are closed, the latest millésime is 2022_2023. */
export const TEST_NOW = new Date('2025-03-15T10:00:00Z');

/**
 * An app for `app.request()` tests: it checks the data version on every request (no
 * one-second wait after a fixture changes), writes usage only on demand, and allows many
 * anonymous requests unless a test lowers the limit.
 */
export function testApp(db: DbHandle, overrides: Partial<AppDeps> = {}): App {
  return createApp({
    db,
    probeIntervalMs: 0,
    usageFlushIntervalMs: 0,
    anonymousPerMinute: 100_000,
    now: () => TEST_NOW,
    ...overrides,
  });
}

/** GET `path` and parse the JSON body. */
export async function getJson<T = Record<string, unknown>>(
  app: App,
  path: string,
  headers: Record<string, string> = {},
) {
  const response = await app.request(path, { headers });
  return { response, status: response.status, body: (await response.json()) as T };
}
