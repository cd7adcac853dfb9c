export {
  createDb,
  type Database,
  type DbConfig,
  type DbHandle,
  MIGRATIONS_FOLDER,
  type Schema,
} from './create-db.js';
export type { CopySink, DbTransaction } from './db-transaction.js';
export { LOCK_FILE as PGLITE_LOCK_FILE } from './pglite-folder-lock.js';
export * from './schema/index.js';
export { findWorkspaceRoot } from './workspace-root.js';
