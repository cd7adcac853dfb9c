import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the committed demo dataset lives: this package's `files` folder, also published in its
 * `exports` (`@inserjeunes/demo-data/files/<name>`) for readers that are not TypeScript.
 */
export const DEMO_DIR = fileURLToPath(new URL('../files/', import.meta.url));

/** The demo dataset's data files (every CSV of the folder), as the importer loads them. */
export function demoDataFiles(): string[] {
  return readdirSync(DEMO_DIR)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => join(DEMO_DIR, name));
}
