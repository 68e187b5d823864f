// The search measures (bench/recherche.bench.ts) on the built site, in the same browser as the tests.
import { defineConfig } from '@playwright/test';
import { resolveChromium } from '../tests/support/chromium.ts';

const PORT = Number(process.env.PORT_TESTS ?? 4322);

export default defineConfig({
  testDir: '.',
  testMatch: /recherche\.bench\.ts$/,
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  webServer: [{ command: `node tests/support/serve.mjs dist ${PORT} /`, cwd: '..', url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false }],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: resolveChromium(process.env, undefined), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] },
  },
});
