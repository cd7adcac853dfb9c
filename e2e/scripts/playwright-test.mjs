#!/usr/bin/env node
// The package's `test`: runs the journeys and prints how long the whole run took, server
// start and stop included, against the suite's budget on a 2-core machine. pnpm hands on a
// literal `--` (`pnpm --filter @inserjeunes/e2e test -- --update-snapshots`), which
// Playwright would read as the end of its options: it is dropped.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const BUDGET_SECONDS = 300;
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();

const started = Date.now();
const result = spawnSync(process.execPath, [cli, 'test', ...args], { stdio: 'inherit' });
const seconds = (Date.now() - started) / 1000;
console.log(
  `Parcours de bout en bout : ${seconds.toFixed(1)} s, démarrage du produit compris (budget ${BUDGET_SECONDS} s${seconds > BUDGET_SECONDS ? ', dépassé' : ''}).`,
);
process.exit(result.status ?? 1);
