import { existsSync } from 'node:fs';

export const MISSING_BROWSER =
  'Aucun navigateur Chromium trouvé : installez celui de votre système (sous Debian ou Ubuntu : sudo apt-get install chromium), ou celui de Playwright (npx playwright install chromium), ou donnez son chemin dans la variable CHROMIUM_PATH.';

/**
 * Choose the Chromium that drives the browser tests: CHROMIUM_PATH if set, else Playwright's own
 * browser if installed, else the system's /usr/bin/chromium; undefined when none exists.
 */
export function resolveChromium(
  env: Record<string, string | undefined>,
  playwrightPath: string | undefined,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  if (playwrightPath && exists(playwrightPath)) return playwrightPath;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(exists);
}
