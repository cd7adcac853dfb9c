import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the widget once into `.test-dist/` so tests can load the real bundle, as a partner
 * page does (the double-inclusion test loads it from two addresses).
 */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  await build({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: '.test-dist', emptyOutDir: true },
  });
}
