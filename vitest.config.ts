import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The test files that build the site from a fixture content folder run one at a time: Astro writes the list of the
// chapters it compiles into the project's own .astro/ folder, so two builds at once could compile each other's chapters.
// A file is one of them when it calls buildFixture or runs `astro build` itself.
const UNIT = 'tests/unit';
const BUILDS = readdirSync(UNIT)
  .filter((f) => f.endsWith('.test.ts') && /buildFixture\(|'astro', 'build'/.test(readFileSync(`${UNIT}/${f}`, 'utf8')))
  .map((f) => `${UNIT}/${f}`);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unitaires', include: [`${UNIT}/**/*.test.ts`], exclude: BUILDS } },
      { extends: true, test: { name: 'constructions', include: BUILDS, fileParallelism: false } },
    ],
  },
});
