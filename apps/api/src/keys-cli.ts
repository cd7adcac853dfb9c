import { createDb } from '@inserjeunes/db';
import { readEnv } from './env.js';
import { keysCommand } from './keys/keys-command.js';

const env = readEnv();
const db = await createDb({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
const result = await keysCommand(process.argv.slice(2), db);
await db.close();
for (const line of result.out) console.log(line);
for (const line of result.err) console.error(line);
process.exitCode = result.code;
