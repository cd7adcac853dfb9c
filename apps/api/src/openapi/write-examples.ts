import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type TestDbTarget, testDbTargets } from '@inserjeunes/db/testing';
import { demoDataFiles } from '@inserjeunes/demo-data';
import { importWithCli } from '../testing/import-with-cli.js';
import { seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';
import { EXAMPLE_REQUESTS } from './example-requests.js';
import { RESPONSE_EXAMPLES_FILE } from './response-examples.js';

/** Arrays in an example keep this many items: enough to show their shape. */
const KEEP_ITEMS = 3;

/** When the examples say the demo dataset was imported. */
const IMPORTED_AT = '2025-03-01T06:00:00.000Z';

function trimmed(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, KEEP_ITEMS).map(trimmed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item)]));
  }
  return value;
}

/**
 * `pnpm --filter @inserjeunes/api openapi:examples`: loads the demo dataset with the
 * importer into a throwaway database, asks the API each example request (a few of them of
 * the tests' scenario) and writes its answers, trimmed, where the OpenAPI document reads
 * its examples.
 */
async function main() {
  const pglite = testDbTargets().find((target) => target.name === 'pglite') as TestDbTarget;
  const db = await importWithCli(pglite, demoDataFiles());
  // The examples do not change with the hour they were made at.
  await db.query(`update import set debut = '${IMPORTED_AT}', fin = '${IMPORTED_AT}'`);
  const scenarioDb = await pglite.open();
  await seedScenario(scenarioDb);
  const app = testApp(db);
  const scenarioApp = testApp(scenarioDb);
  const examples: Record<string, Record<string, unknown>> = {};
  try {
    for (const [operationId, request] of Object.entries(EXAMPLE_REQUESTS)) {
      const response = await (request.scenario ? scenarioApp : app).request(
        request.url,
        request.body
          ? {
              method: 'POST',
              headers: { 'Content-Type': request.body.type },
              body: request.body.text,
            }
          : {},
      );
      const text = await response.text();
      if (response.status !== 200) {
        throw new Error(`${operationId}: ${request.url} answered ${response.status}: ${text}`);
      }
      examples[operationId] = { '200': trimmed(JSON.parse(text)) };
    }
  } finally {
    await app.close();
    await scenarioApp.close();
    await db.close();
    await scenarioDb.close();
  }
  mkdirSync(dirname(RESPONSE_EXAMPLES_FILE), { recursive: true });
  writeFileSync(RESPONSE_EXAMPLES_FILE, `${JSON.stringify(examples, null, 2)}\n`);
  console.log(`${Object.keys(examples).length} exemples écrits dans ${RESPONSE_EXAMPLES_FILE}`);
}

await main();
