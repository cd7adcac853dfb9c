import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Database tests seed PGlite and PostgreSQL; a machine shared with other work is slow at times.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
