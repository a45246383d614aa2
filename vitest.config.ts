import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/crash/**/*.test.ts'],
    // Real temporary databases and real files: give slow disks room, but no timing assertions.
    testTimeout: 60_000,
    pool: 'forks',
  },
});
