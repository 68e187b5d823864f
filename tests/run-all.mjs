// npm test: checks what the machine needs first, then types, spelling, unit tests, the three builds (side by side)
// and the browser tests. A failing step does not stop the steps that do not depend on it; the summary lists every
// step with its time, its result and its test counts, and the run exits non-zero when anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { javaProblem, nodeProblem } from './support/prerequisites.mjs';
import { SOUS_CHEMIN } from './support/sousChemin.mjs';
import { GRAND_GUIDE } from './support/grandGuide.mjs';

/** Above this, npm test has outgrown the budget stated in the README (2-core machine, as in CI). */
const BUDGET_MINUTES = 8;
const started = Date.now();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
// npx and npm are .cmd files on Windows, which only a shell starts
const shell = process.platform === 'win32';

console.log('▶ Prérequis');
const nodeIssue = nodeProblem(process.version);
if (nodeIssue || !existsSync('node_modules/.bin/astro')) {
  console.error(`\n✘ ${nodeIssue ?? 'Les dépendances ne sont pas installées : lancez d’abord « npm ci » (avec npm 11 ou plus récent).'}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const missing = {};
const javaIssue = javaProblem(spawnSync('java', ['-version'], { encoding: 'utf8' }));
if (javaIssue) missing.java = javaIssue;
// Node is recent enough now: the TypeScript helpers and Playwright can be loaded
const { MISSING_BROWSER, resolveChromium } = await import('./support/chromium.ts');
const { chromium } = await import('@playwright/test');
let playwrightBrowser;
try {
  playwrightBrowser = chromium.executablePath();
} catch {
  playwrightBrowser = undefined;
}
const browser = resolveChromium(process.env, playwrightBrowser);
if (!browser) missing.chromium = MISSING_BROWSER;
console.log(`  Node ${process.version}, Java : ${javaIssue ? 'manquant' : 'ok'}, Chromium : ${browser ?? 'manquant'}`);
for (const text of Object.values(missing)) console.error(`  ✘ ${text}`);

/** Passed and failed counts of the test runners, and the names of the failing tests, read from their JSON reports. */
const counts = {
  vitest() {
    if (!existsSync('reports/vitest.json')) return undefined;
    const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
    const names = v.testResults.flatMap((file) =>
      file.assertionResults
        .filter((t) => t.status === 'failed')
        .map((t) => `${file.name.replace(`${process.cwd()}/`, '')} › ${t.fullName} : ${firstLine(t.failureMessages?.[0])}`),
    );
    // a file that fails before its tests run (an import error, a crash) has no failed assertion but a message
    for (const file of v.testResults)
      if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'))
        names.push(`${file.name.replace(`${process.cwd()}/`, '')} : ${firstLine(file.message)}`);
    return { passed: v.numPassedTests, failed: v.numFailedTests, names };
  },
  playwright() {
    if (!existsSync('reports/playwright.json')) return undefined;
    const report = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
    const s = report.stats;
    const names = [];
    const walk = (suite, path) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests)
          if (t.status === 'unexpected' || t.status === 'flaky')
            names.push(`[${t.projectName}] ${[...path, spec.title].join(' › ')} : ${firstLine(t.results.at(-1)?.error?.message)}`);
      for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
    };
    report.suites.forEach((suite) => walk(suite, [suite.title]));
    return { passed: s.expected, failed: s.unexpected + s.flaky, names };
  },
};

/** The first non-empty line of an error message, without terminal colours, for the summary. */
function firstLine(message) {
  const line = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim() !== '');
  return line ? line.trim().slice(0, 200) : 'sans message';
}

// Each step: its label, the command, the steps it needs, and where its test counts come from. Consecutive steps of
// one `beside` group run side by side: the checks of the sources with the unit tests, whose builds each run in a
// project of its own (tests/support/projectCopy.mjs), so that the type check, which waits on its files a third of
// its time, fills a core the tests leave idle; then the three builds, each in a project of its own too.
const steps = [
  { id: 'types', label: 'Types (astro check)', beside: 'sources', run: ['npx', 'astro', 'check'] },
  { id: 'orthographe', label: 'Orthographe du contenu (cspell)', beside: 'sources', run: ['npx', 'cspell', '--no-progress', 'content/**/*.{mdx,yaml}'] },
  {
    id: 'unitaires',
    label: 'Tests unitaires (Vitest)',
    beside: 'sources',
    run: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'],
    counts: counts.vitest,
  },
  { id: 'construction', label: 'Construction du site (Astro, avec l’index Pagefind)', beside: 'constructions', run: ['npm', 'run', 'build'] },
  {
    id: 'sous-chemin',
    label: `Construction de la version d’une autre organisation, sous ${SOUS_CHEMIN.base} (${SOUS_CHEMIN.dist})`,
    beside: 'constructions',
    run: ['node', 'tests/support/sousChemin.mjs'],
  },
  {
    id: 'grand-guide',
    label: `Construction d’un guide de ${GRAND_GUIDE.chapters} chapitres générés (${GRAND_GUIDE.dist})`,
    beside: 'constructions',
    run: ['node', 'tests/support/grandGuide.mjs'],
  },
  {
    id: 'navigateur',
    label: 'Tests dans le navigateur (Playwright)',
    needs: ['construction', 'sous-chemin', 'grand-guide'],
    requires: missing.chromium ? ['chromium'] : [],
    run: ['npx', 'playwright', 'test'],
    counts: counts.playwright,
  },
];

/**
 * Run one command, its output shown as it comes or, with `keep`, kept and returned (a step run beside others prints
 * it whole once it ends, so that outputs do not mix); say why when it cannot start.
 */
function runCommand([command, ...args], keep) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: keep ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell, env });
    const output = [];
    if (keep) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      console.error(`\n✘ Impossible de lancer « ${[command, ...args].join(' ')} » : ${error.message}`);
      done({ outcome: 'ne démarre pas', output: '' });
    });
    child.on('close', (code, signal) => done({ outcome: code === 0 ? 'ok' : `code ${code ?? signal}`, output: Buffer.concat(output).toString() }));
  });
}

/** Run a step whose needs are met, and record its outcome, its time and its test counts. */
async function runStep(step, keep) {
  if (!keep) console.log(`\n▶ ${step.label}`);
  const stepStart = Date.now();
  const { outcome, output } = await runCommand(step.run, keep);
  const seconds = (Date.now() - stepStart) / 1000;
  if (keep) console.log(`\n▶ ${step.label} (en même temps que d’autres étapes)\n${output.trimEnd()}`);
  results.set(step.id, { outcome, seconds, counts: step.counts?.() });
  console.log(`  ${step.label} : ${seconds.toFixed(1)} s`);
}

rmSync('reports', { recursive: true, force: true });
const results = new Map();
for (let i = 0; i < steps.length; ) {
  // the step, and the steps of its group that follow it
  let end = i + 1;
  while (steps[i].beside && steps[end]?.beside === steps[i].beside) end++;
  const group = steps.slice(i, end);
  i = end;
  const ready = [];
  for (const step of group) {
    const blocked = (step.needs ?? []).filter((id) => results.get(id)?.outcome !== 'ok');
    if (blocked.length > 0 || step.requires?.length) {
      const why = blocked.length > 0 ? `attend « ${blocked.map((id) => steps.find((s) => s.id === id).label).join(' », « ')} »` : `Chromium manquant`;
      results.set(step.id, { outcome: `non lancée (${why})`, seconds: 0 });
    } else ready.push(step);
  }
  await Promise.all(ready.map((step) => runStep(step, ready.length > 1)));
}

/** Mean time of a full page check at the root, from Playwright's report, to watch as pages are added. */
function perPage() {
  if (!existsSync('reports/playwright.json')) return undefined;
  const durations = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      if (spec.title.startsWith('page /')) for (const t of spec.tests) for (const r of t.results) durations.push(r.duration);
    for (const child of suite.suites ?? []) walk(child);
  };
  JSON.parse(readFileSync('reports/playwright.json', 'utf8')).suites.forEach(walk);
  return durations.length ? { pages: durations.length, seconds: durations.reduce((a, b) => a + b, 0) / durations.length / 1000 } : undefined;
}

let passed = 0;
let failed = 0;
console.log('\nRésumé de npm test');
for (const step of steps) {
  const { outcome, seconds, counts: c } = results.get(step.id);
  const ok = outcome === 'ok';
  if (c) {
    passed += c.passed;
    failed += c.failed;
  }
  // a failed step with no failing test counted (types, spelling, a build, a runner that crashed) counts as one failure;
  // a step left out because another failed is not counted again
  if (!ok && !outcome.startsWith('non lancée') && !(c && c.failed > 0)) failed += 1;
  const tests = c ? ` — ${c.passed} réussis, ${c.failed} en échec` : '';
  console.log(`  ${ok ? '✔' : '✘'} ${step.label} : ${ok ? 'réussie' : outcome}, ${seconds.toFixed(1)} s${tests}`);
  // the failing tests are named here, at the end of the output, where a truncated log still shows them
  for (const name of c?.names ?? []) console.log(`      ✘ ${name}`);
}
for (const text of Object.values(missing)) console.log(`  ✘ Prérequis : ${text}`);
failed += Object.keys(missing).length;
const page = perPage();
if (page) console.log(`  Vérifications complètes d’une page : ${page.seconds.toFixed(1)} s en moyenne sur ${page.pages} pages (temps d’un processus de test)`);
const minutes = (Date.now() - started) / 60000;
console.log(`\nDurée totale de npm test : ${minutes.toFixed(1)} min${minutes > BUDGET_MINUTES ? ` : au-delà du budget de ${BUDGET_MINUTES} min du README` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || [...results.values()].some((r) => r.outcome !== 'ok') ? 1 : 0);
