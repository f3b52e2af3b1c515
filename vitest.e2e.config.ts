import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension (`npm run build:chrome` first).
// One browser at a time: files run serially and each test waits on DOM states, not timers.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
