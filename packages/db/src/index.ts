export {
  createDb,
  type Database,
  type DbConfig,
  type DbHandle,
  MIGRATIONS_FOLDER,
  type Schema,
} from './create-db.js';
export type { DbTransaction } from './db-transaction.js';
export * from './schema/index.js';
