import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, where the benchmarks run the importer and the server. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The official open-data files, next to the repository (never copied into it). */
export const DATA = join(ROOT, '../shared/data');
