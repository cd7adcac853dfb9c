import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@inserjeunes/db';
import { type TestDbTarget, testDbTargets } from '@inserjeunes/db/testing';
import { expect, it } from 'vitest';
import { testApp } from './testing/test-app.js';
import { API_VERSION } from './version.js';

const versionOf = (manifest: string) =>
  (JSON.parse(readFileSync(join(findWorkspaceRoot(), manifest), 'utf8')) as { version: string })
    .version;

it('has one version, the product’s, for the API, the widget and the OpenAPI document', async () => {
  const product = versionOf('package.json');
  expect(product).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  expect(API_VERSION).toBe(product);
  expect(versionOf('packages/widget/package.json')).toBe(product);
  const widget = readFileSync(join(findWorkspaceRoot(), 'packages/widget/src/version.ts'), 'utf8');
  expect(widget).toContain(`WIDGET_VERSION = '${product}'`);
  const [pglite] = testDbTargets();
  const db = await (pglite as TestDbTarget).open();
  const app = testApp(db);
  const document = (await (await app.request('/api/openapi.json')).json()) as {
    info: { version: string };
  };
  expect(document.info.version).toBe(product);
  const accueil = (await (await app.request('/api')).json()) as { version: string };
  expect(accueil.version).toBe(product);
  await app.close();
  await db.close();
});
