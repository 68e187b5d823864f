// Every built page is valid HTML for the W3C Nu HTML Checker, checked in one call over the build.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

/** The checker's JSON report, or an error that shows what it printed instead (an old Java, a crash). */
function vnuMessages(report: string): { url: string; message: string; lastLine?: number }[] {
  try {
    const parsed = JSON.parse(report) as { messages?: { url: string; message: string; lastLine?: number }[] };
    if (Array.isArray(parsed.messages)) return parsed.messages;
  } catch {
    // not JSON: said below
  }
  throw new Error(
    `Le validateur HTML n’a pas rendu de rapport. Il demande Java 17 ou plus récent (java -version). Il a écrit :\n${report.split('\n').slice(0, 15).join('\n')}`,
  );
}

test('every page of the build is valid HTML (Nu HTML Checker)', () => {
  const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  let report = '';
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'json', 'dist'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stderr?: string; code?: string };
    if (e.code === 'ENOENT') throw new Error('Java est introuvable : installez un environnement Java (17 ou plus) pour valider le HTML.');
    report = e.stderr ?? String(error);
  }
  const messages = report ? vnuMessages(report) : [];
  const errors = messages.map((m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
});
