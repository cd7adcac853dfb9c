import { join } from 'node:path';
import { findWorkspaceRoot } from '@inserjeunes/db/workspace-root';

/** The repository's root, where the benchmarks run the importer and the server. */
export const ROOT = findWorkspaceRoot();

/** The official open-data files, next to the repository (never copied into it). */
export const DATA = join(ROOT, '../shared/data');
