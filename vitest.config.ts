import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    // The tests that build the site from a fixture content folder each build in a copy of the project of its own
    // (tests/support/buildFixture.ts), and mostly wait for it: the builds of a file run side by side, one per core,
    // and the files beside each other, one per core too (Vitest's default leaves one core out, a whole half of CI's).
    maxConcurrency: availableParallelism(),
    maxWorkers: availableParallelism(),
  },
});
