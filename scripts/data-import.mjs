#!/usr/bin/env node
// `pnpm data:import …`: the importer, compiled (no TypeScript loader to start, ~1 s less per
// run). Compiled first, in ~0.2 s, when it is missing or older than its sources, so that a fresh
// clone and an edited tree run what their sources say. Node is given `--conditions=inserjeunes-js`
// by the package script: the workspace packages resolve to their compiled `dist/` (ADR 0058).
import { compileApp, staleness } from './compile-app.mjs';

const APP = 'apps/importer';
const CLI = 'apps/importer/dist/cli.js';

if (staleness(APP, CLI) !== null) {
  const started = Date.now();
  await compileApp(APP, () => {});
  console.error(`Importeur compilé en ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const { main } = await import(new URL(`../${CLI}`, import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
