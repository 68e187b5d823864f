import { describe, expect, it } from 'vitest';
import { resolveChromium } from '../support/chromium.ts';
import { urlOf } from '../support/builtSite.ts';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('Chromium for the browser tests', () => {
  it('prefers the explicit CHROMIUM_PATH', () => {
    expect(resolveChromium({ CHROMIUM_PATH: '/opt/c' }, '/pw/chrome', only('/opt/c', '/pw/chrome', '/usr/bin/chromium'))).toBe('/opt/c');
  });

  it('reports nothing when CHROMIUM_PATH names a missing file, rather than silently using another', () => {
    expect(resolveChromium({ CHROMIUM_PATH: '/opt/c' }, '/pw/chrome', only('/pw/chrome'))).toBeUndefined();
  });

  it('then takes Playwright’s own browser, then the system one', () => {
    expect(resolveChromium({}, '/pw/chrome', only('/pw/chrome', '/usr/bin/chromium'))).toBe('/pw/chrome');
    expect(resolveChromium({}, '/pw/chrome', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(resolveChromium({}, undefined, only())).toBeUndefined();
  });
});

describe('built pages', () => {
  it('map built files to the URL a reader visits', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('guide/pourquoi/index.html')).toBe('/guide/pourquoi/');
    expect(urlOf('404.html')).toBe('/404.html');
  });
});
