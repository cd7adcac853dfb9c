import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@inserjeunes/db';
import { childProcessEnv, type TestDbTarget, testDbTargets } from '@inserjeunes/db/testing';
import { expect, it } from 'vitest';
import { testApp } from '../testing/test-app.js';

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; message: string }[];
}

it('the OpenAPI document passes Redocly’s recommended rules without an error or a warning', async () => {
  const db = await (testDbTargets()[0] as TestDbTarget).open();
  const app = testApp(db);
  const document = await (await app.request('/api/openapi.json')).text();
  await app.close();
  await db.close();
  const dir = mkdtempSync(join(tmpdir(), 'ij-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, document);
    const redocly = join(findWorkspaceRoot(), 'apps/api/node_modules/.bin/redocly');
    const run = spawnSync(redocly, ['lint', '--extends', 'recommended', '--format', 'json', file], {
      cwd: dir,
      encoding: 'utf8',
      env: childProcessEnv({ REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }),
      timeout: 60_000,
    });
    const json = run.stdout.slice(run.stdout.indexOf('{'));
    const report = JSON.parse(json) as LintReport;
    expect(
      report.problems.map((p) => `${p.ruleId}: ${p.message}`),
      run.stderr,
    ).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
