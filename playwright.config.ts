import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromium } from '@playwright/test';
import { MISSING_BROWSER, resolveChromium } from './tests/support/chromium.ts';
import { SOUS_CHEMIN } from './tests/support/sousChemin.mjs';
import { GRAND_GUIDE } from './tests/support/grandGuide.mjs';

const executablePath = resolveChromium(process.env, safePlaywrightPath());
if (!executablePath) {
  console.error(`\n${MISSING_BROWSER}\n`);
  process.exit(1);
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const PORT = Number(process.env.PORT_TESTS ?? 4322);
// the second build, under a base path, is served on the next port
const PORT_SOUS_CHEMIN = Number(process.env.PORT_TESTS_SOUS_CHEMIN ?? PORT + 1);
// and the guide of 500 generated chapters on the one after
const PORT_GRAND_GUIDE = PORT + 2;

/** A static server for a build folder; a missing folder starts none, and its spec says how to build it. */
function serve(dir: string, port: number, base = '/') {
  if (!existsSync(dir)) return [];
  return [
    {
      command: `node tests/support/serve.mjs ${dir} ${port} ${base}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
    },
  ];
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // the per-page checks are independent: run them side by side on every core
  workers: '100%',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  globalSetup: './tests/support/pageReport.setup.ts',
  globalTeardown: './tests/support/pageReport.ts',
  projects: [
    { name: 'racine', testIgnore: /(sous-chemin|version-derivee|grand-guide)\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'grand-guide', testMatch: /grand-guide\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${PORT_GRAND_GUIDE}` } },
    { name: 'sous-chemin', testMatch: /(sous-chemin|version-derivee|hors-ligne)\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${PORT_SOUS_CHEMIN}${SOUS_CHEMIN.base}` } },
  ],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    // The site scrolls smoothly when the reader allows motion. A click scrolls its target into view first, and on a
    // busy machine that scroll was still moving between the press and the release, which then fell on another element
    // (seen on « Afficher plus de résultats »). The tests read the site as a reader who turned motion off.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    ...serve('dist', PORT),
    ...serve(SOUS_CHEMIN.dist, PORT_SOUS_CHEMIN, SOUS_CHEMIN.base),
    ...serve(GRAND_GUIDE.dist, PORT_GRAND_GUIDE),
  ],
});
