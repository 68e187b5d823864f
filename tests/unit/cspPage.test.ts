import { describe, expect, it } from 'vitest';
import { narrowScriptHashes, scriptHash } from '../../src/lib/cspPage.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('the Content Security Policy of a page', () => {
  it('keeps the hashes of the page’s own inline scripts only, and every other directive as it was', () => {
    const body = '<script type="module">a()</script><script type="module" src="/x.js"></script><script>b()</script><script>a()</script>';
    const html = page("default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='", body);
    const out = narrowScriptHashes(html);
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

  it('leaves a page without a policy unchanged', () => {
    expect(narrowScriptHashes('<p>sans politique</p>')).toBe('<p>sans politique</p>');
  });
});
