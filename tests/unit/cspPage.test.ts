import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { narrowFileScriptHashes, scriptHash } from '../../src/lib/cspPage.ts';

const folder = mkdtempSync(join(tmpdir(), 'csp-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let written = 0;
/** A page narrowed as the build narrows a built file, read in one piece: the reference the pieces are held to. */
function narrowScriptHashes(bytes: Buffer): Buffer {
  const file = join(folder, `entiere-${written++}.html`);
  writeFileSync(file, bytes);
  narrowFileScriptHashes(file);
  return readFileSync(file);
}

const page = (policy: string, body: string) =>
  Buffer.from(`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`);

describe('the Content Security Policy of a page', () => {
  it('keeps the hashes of the page’s own inline scripts only, and every other directive as it was', () => {
    const body = '<script type="module">a()</script><script type="module" src="/x.js"></script><script>b()</script><script>a()</script>';
    const html = page("default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='", body);
    const out = narrowScriptHashes(html).toString();
    const policy = /content="([^"]*)"/.exec(out)![1];
    expect(policy).toBe(
      `default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${scriptHash('a()')} ${scriptHash('b()')}; style-src 'self' 'sha256-CCC='`,
    );
    expect(out).toContain(body);
  });

  it('computes the hash a browser computes', () => {
    // sha256 of « alert(1) », base64, as a CSP source expression
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('hashes a script’s UTF-8 text, and keeps the text of the page around the policy byte for byte', () => {
    const body = '<p>Déjà — 🌱 ’</p><script>alert("é — ’")</script>';
    const out = narrowScriptHashes(page("script-src 'self' 'sha256-AAA='", body)).toString();
    expect(/content="([^"]*)"/.exec(out)![1]).toBe(`script-src 'self' ${scriptHash('alert("é — ’")')}`);
    expect(out).toContain(body);
  });

  it('hashes an inline script after a script that loads a file, and gives back a page already narrowed as it is', () => {
    const body = '<script src="/x.js"></script><script type="module">a()</script><script>un <script> dans le texte</script>';
    const once = narrowScriptHashes(page("script-src 'self' 'sha256-AAA='", body));
    expect(/content="([^"]*)"/.exec(once.toString())![1]).toBe(`script-src 'self' ${scriptHash('a()')} ${scriptHash('un <script> dans le texte')}`);
    expect(narrowScriptHashes(once).equals(once)).toBe(true);
  });

  it('leaves a page without a policy unchanged', () => {
    const bare = Buffer.from('<p>sans politique, é</p>');
    expect(narrowScriptHashes(bare).equals(bare)).toBe(true);
  });
});

describe('the policy of a built file, narrowed in place piece by piece', () => {
  const pages: Record<string, Buffer> = {
    'scripts inline and loaded, UTF-8 text around them': page(
      "default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self'",
      '<p>Déjà — 🌱 ’</p><script type="module">a()</script><script src="/x.js"></script><script>un <script> dans le texte « é »</script><p>fin</p>',
    ),
    // more hashes than the policy had: the meta element grows and the rest of the file moves towards its end
    'a policy that grows': page("script-src 'self'", '<script>a()</script><script>b()</script><script>c()</script>'),
    'a script that never ends': page("script-src 'self' 'sha256-AAA='", '<script>a()</script><script>jamais fermé'),
    'a page already narrowed': narrowScriptHashes(page("script-src 'self' 'sha256-AAA='", '<script>a()</script>')),
    'no policy': Buffer.from('<p>sans politique</p><script>a()</script>'),
  };
  for (const [name, bytes] of Object.entries(pages)) {
    it(`gives the bytes the whole-page narrowing gives: ${name}`, () => {
      const expected = narrowScriptHashes(bytes);
      for (const piece of [1, 2, 3, 7, 64, 1000, 1 << 20]) {
        const file = join(folder, `page-${piece}.html`);
        writeFileSync(file, bytes);
        const lost = narrowFileScriptHashes(file, Buffer.alloc(piece));
        expect(readFileSync(file).equals(expected), `${name}, pieces of ${piece} bytes`).toBe(true);
        expect(lost).toBe(bytes.length - expected.length);
      }
    });
  }

  it('leaves a file without a policy, or already narrowed, as it was written', () => {
    const file = join(folder, 'intact.html');
    writeFileSync(file, pages['no policy']);
    const before = statSync(file).mtimeMs;
    expect(narrowFileScriptHashes(file, Buffer.alloc(7))).toBe(0);
    expect(statSync(file).mtimeMs).toBe(before);
  });
});
