import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '@inserjeunes/db/testing';

/** The real open-data files, kept outside the project (`../shared/data` from the repo root). */
export const SHARED_DATA = sharedDataDir();

/** Whether the real files are here; tests that need them say so when they are not. */
export const hasSharedData = existsSync(SHARED_DATA);

if (!hasSharedData) {
  console.warn(`${SHARED_DATA} is absent: the tests on the real open-data files are skipped`);
}

/** The path of a real file, e.g. `sharedData('bcn/nMef.csv')`. */
export function sharedData(relative: string): string {
  return join(SHARED_DATA, relative);
}
