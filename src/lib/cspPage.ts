// Astro writes into every page's Content Security Policy the hashes of every script the whole site could hold
// (its own island scripts, client directives, every bundled file): a dozen hashes, about 700 bytes that do not
// compress, on each page. A page only needs the hashes of the scripts written into it; files it loads are covered
// by 'self'. This rewrites the script-src of one page to exactly those.
import { createHash } from 'node:crypto';

/** The sha256 source expression of a script's text (or of its UTF-8 bytes), as CSP compares it. */
export function scriptHash(text: string | Uint8Array): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

const META_START = Buffer.from('<meta http-equiv="content-security-policy" content="');
const SCRIPT_START = Buffer.from('<script');
const SCRIPT_END = Buffer.from('</script>');
const QUOTE = 0x22;
const CLOSE = 0x3e;

/** Where the page's policy is: the offsets of its meta element and of the policy's text; undefined without one. */
function findPolicy(page: Buffer): { from: number; to: number; policy: [number, number] } | undefined {
  for (let at = page.indexOf(META_START); at !== -1; at = page.indexOf(META_START, at + 1)) {
    const open = at + META_START.length;
    const quote = page.indexOf(QUOTE, open);
    if (quote !== -1 && page[quote + 1] === CLOSE) return { from: at, to: quote + 2, policy: [open, quote] };
  }
  return undefined;
}

/** The bytes of each inline script's text (a script without `src`), in the page's order. */
function inlineScripts(page: Buffer): Buffer[] {
  const scripts: Buffer[] = [];
  for (let at = page.indexOf(SCRIPT_START); at !== -1; ) {
    const tagEnd = page.indexOf(CLOSE, at);
    if (tagEnd === -1) break;
    // the tag alone is read as text: a few dozen bytes, whatever the page's length
    const close = /\bsrc=/.test(page.toString('latin1', at, tagEnd)) ? -1 : page.indexOf(SCRIPT_END, tagEnd + 1);
    if (close === -1) {
      at = page.indexOf(SCRIPT_START, at + 1);
      continue;
    }
    scripts.push(page.subarray(tagEnd + 1, close));
    at = page.indexOf(SCRIPT_START, close + SCRIPT_END.length);
  }
  return scripts;
}

/**
 * The page (its bytes) with a script-src listing only the hashes of its own inline scripts; the same bytes when it
 * has no policy. Searched as bytes, never decoded: a page as long as the booklet is held once, not twice.
 */
export function narrowScriptHashes(page: Buffer): Buffer {
  const found = findPolicy(page);
  if (!found) return page;
  const own = new Set(inlineScripts(page).map((script) => scriptHash(script)));
  const written = page.toString('latin1', ...found.policy);
  const policy = written
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive.trim();
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...own].join(' ');
    })
    .filter((d) => d.length > 0)
    .join('; ');
  if (policy === written) return page;
  // the policy was read one byte per character: written back the same way
  const rewritten = Buffer.from(`<meta http-equiv="content-security-policy" content="${policy}">`, 'latin1');
  return Buffer.concat([page.subarray(0, found.from), rewritten, page.subarray(found.to)]);
}
