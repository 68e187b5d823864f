// npm test: types, unit tests, build, then browser tests on the built site; stops at the first
// failing step, then prints the number of tests and the total time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const started = Date.now();
const steps = [
  ['Types (astro check)', 'npx', ['astro', 'check']],
  ['Orthographe du contenu (cspell)', 'npx', ['cspell', '--no-progress', 'content/**/*.{mdx,yaml}']],
  ['Tests unitaires (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']],
  ['Construction du site (Astro, Pagefind)', 'npm', ['run', 'build']],
  ['Tests dans le navigateur (Playwright)', 'npx', ['playwright', 'test']],
];

rmSync('reports', { recursive: true, force: true });
let failedStep;
for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}`);
  const stepStart = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  console.log(`  ${label} : ${((Date.now() - stepStart) / 1000).toFixed(1)} s`);
  if (run.status !== 0) {
    failedStep = label;
    break;
  }
}

/** Passed and failed counts from the JSON reports of Vitest and Playwright. */
function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync('reports/vitest.json')) {
    const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  if (existsSync('reports/playwright.json')) {
    const s = JSON.parse(readFileSync('reports/playwright.json', 'utf8')).stats;
    passed += s.expected;
    failed += s.unexpected + s.flaky;
  }
  return { passed, failed };
}

const { passed, failed } = counts();
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\nDurée totale de npm test : ${minutes} min`);
if (failedStep) console.log(`Échec à l’étape : ${failedStep}`);
console.log(`${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
