import { join } from 'node:path';
import { findWorkspaceRoot } from './workspace-root.js';

/**
 * The real open-data files, kept next to the repository and never copied into it
 * (`../shared/data` from its root), with a trailing slash. Tests that need them skip when absent.
 */
export function sharedDataDir(): string {
  return join(findWorkspaceRoot(), '../shared/data/');
}
