#!/usr/bin/env node
// Run by `pnpm serve` before the server: it refuses to start a compiled server that is missing
// or older than its sources, with the command that fixes it, rather than fail on a missing
// module or serve yesterday's code.
import { staleness } from './compile-app.mjs';

const stale = staleness('apps/api', 'apps/api/dist/server.js');
if (stale?.missing) {
  console.error('✗ Le serveur n’est pas compilé : lancez `pnpm build:server` (ou `pnpm start`).');
  process.exit(1);
}
if (stale !== null) {
  console.error(
    `✗ Le serveur compilé est plus ancien que ses sources (${stale.source}) : lancez \`pnpm build:server\`.`,
  );
  process.exit(1);
}
