// Astro writes into every page's Content Security Policy the hashes of every script the whole site could hold
// (its own island scripts, client directives, every bundled file): a dozen hashes, about 700 bytes that do not
// compress, on each page. A page only needs the hashes of the scripts written into it; files it loads are covered
// by 'self'. This rewrites the script-src of one page to exactly those.
import { createHash } from 'node:crypto';
import { byteView } from './html.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The sha256 source expression of a script's text (or of its UTF-8 bytes), as CSP compares it. */
export function scriptHash(text: string | Uint8Array): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

const CLOSING = '</script>'.length;

/**
 * The page (its bytes) with a script-src listing only the hashes of its own inline scripts; the same bytes when it
 * has no policy. Read as bytes, not text: a page as long as the booklet is then held once, not twice.
 */
export function narrowScriptHashes(page: Buffer): Buffer {
  const text = byteView(page);
  const meta = META.exec(text);
  if (!meta) return page;
  const own = new Set<string>();
  for (const m of text.matchAll(INLINE_SCRIPT)) {
    const end = m.index + m[0].length - CLOSING;
    own.add(scriptHash(page.subarray(end - m[1].length, end)));
  }
  const policy = meta[1]
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive.trim();
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...own].join(' ');
    })
    .filter((d) => d.length > 0)
    .join('; ');
  // the policy was read from the byte view: written back one byte per character, as it was
  const rewritten = Buffer.from(`<meta http-equiv="content-security-policy" content="${policy}">`, 'latin1');
  return Buffer.concat([page.subarray(0, meta.index), rewritten, page.subarray(meta.index + meta[0].length)]);
}
