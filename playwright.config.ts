import { defineConfig } from '@playwright/test';
import { chromium } from '@playwright/test';
import { MISSING_BROWSER, resolveChromium } from './tests/support/chromium.ts';

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
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'fr-FR',
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
  webServer: {
    command: `node tests/support/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
