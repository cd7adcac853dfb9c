import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real open-data files, kept outside the project (`../shared/data` from the repo root). */
export const SHARED_DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));

/** Whether the real files are here; tests that need them say so when they are not. */
export const hasSharedData = existsSync(SHARED_DATA);

if (!hasSharedData) {
  console.warn(`${SHARED_DATA} is absent: the tests on the real open-data files are skipped`);
}

/** The path of a real file, e.g. `sharedData('bcn/nMef.csv')`. */
export function sharedData(relative: string): string {
  return join(SHARED_DATA, relative);
}
