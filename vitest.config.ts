import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Browser tests share two cores with their servers: run files one at a time.
    fileParallelism: false,
  },
});
