import { readFileSync } from 'node:fs';

/**
 * The API's version, semantic, from its package manifest (in the sources and in the compiled
 * server alike: `dist/` sits where `src/` does). The product's version lives in the root
 * `package.json`; `pnpm version:set` writes it to the API's and the widget's manifests and
 * the widget's `WIDGET_VERSION` (`docs/versioning.md`).
 */
export const API_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
