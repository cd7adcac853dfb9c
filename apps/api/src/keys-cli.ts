import { createDb, type DbHandle } from '@inserjeunes/db';
import { readEnv } from './env.js';
import { keysCommand } from './keys/keys-command.js';

let db: DbHandle;
try {
  const env = readEnv();
  db = await createDb({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
} catch (error) {
  // One line saying what to do (a PGlite folder held by the server, among others), no stack.
  console.error(
    `✗ Base de données inaccessible : ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
const result = await keysCommand(process.argv.slice(2), db);
await db.close();
for (const line of result.out) console.log(line);
for (const line of result.err) console.error(line);
process.exitCode = result.code;
