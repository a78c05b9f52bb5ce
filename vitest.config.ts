import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/no-network.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and git tests start real processes; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
