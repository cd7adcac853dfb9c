#!/usr/bin/env node
// `pnpm build:server`: the API and the workspace packages it imports, compiled to JavaScript
// that Node runs as it is (`pnpm serve`; see compile-app.mjs and ADR 0020).
import { compileApp } from './compile-app.mjs';

const started = Date.now();
await compileApp('apps/api');
console.log(`Serveur compilé en ${((Date.now() - started) / 1000).toFixed(1)} s`);
