import { readdirSync } from 'node:fs';
import { REPO_ROOT } from '../testing/import-with-cli.js';

const DEMO_DIR = `${REPO_ROOT}apps/importer/demo`;

/** The demo dataset's data files, as the importer's command loads them on a first start. */
export function demoFiles(): string[] {
  return readdirSync(DEMO_DIR)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => `${DEMO_DIR}/${name}`);
}
