import { defineConfig } from 'vitest/config';

// Unit tests run in Node; `pages.chromium.test.ts` drives Debian's Chromium against the real
// server. One file at a time: the machine is small and the server is shared within a file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
