import { createDb } from '@inserjeunes/db';
import { importPaths } from '@inserjeunes/importer';

const db = await createDb({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/h4_imp' });
const r = await importPaths(db, [process.argv[2] ?? '']);
console.log(JSON.stringify(r.files[0]?.phases), r.durationMs);
await db.close();
