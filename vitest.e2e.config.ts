import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium and Firefox driving the built extension.
// Run: npx vitest run -c vitest.e2e.config.ts
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    setupFiles: [],
    globals: false,
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    retry: 0,
    reporters: ['default'],
  },
});
