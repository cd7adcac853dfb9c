import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Database tests import real files into PGlite and PostgreSQL on a machine shared with
    // other work: generous limits, and one file at a time so that they do not compete.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
