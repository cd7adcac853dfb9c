#!/usr/bin/env node
// Run by `pnpm serve` before the server: it refuses to start a compiled server that is missing
// or older than its sources, with the command that fixes it, rather than fail on a missing
// module or serve yesterday's code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(ROOT, 'apps/api/dist/server.js');
const SOURCES = ['apps/api/src', 'packages/db/src', 'packages/contract/src'];

function newestSource() {
  let newest = { path: '', time: 0 };
  for (const folder of SOURCES) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts'))
        continue;
      const path = join(entry.parentPath, entry.name);
      const time = statSync(path).mtimeMs;
      if (time > newest.time) newest = { path, time };
    }
  }
  return newest;
}

if (!existsSync(SERVER)) {
  console.error('✗ Le serveur n’est pas compilé : lancez `pnpm build:server` (ou `pnpm start`).');
  process.exit(1);
}
const source = newestSource();
if (source.time > statSync(SERVER).mtimeMs) {
  console.error(
    `✗ Le serveur compilé est plus ancien que ses sources (${source.path.slice(ROOT.length)}) : ` +
      'lancez `pnpm build:server`.',
  );
  process.exit(1);
}
