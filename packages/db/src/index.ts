export {
  createDb,
  type Database,
  type DbConfig,
  type DbHandle,
  MIGRATIONS_FOLDER,
  type Schema,
} from './create-db.js';
export * from './schema/index.js';
export { findWorkspaceRoot } from './workspace-root.js';
