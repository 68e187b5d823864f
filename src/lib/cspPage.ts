// Astro writes into every page's Content Security Policy the hashes of every script the whole site could hold
// (its own island scripts, client directives, every bundled file): a dozen hashes, about 700 bytes that do not
// compress, on each page. A page only needs the hashes of the scripts written into it; files it loads are covered
// by 'self'. This rewrites the script-src of one page to exactly those.
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The sha256 source expression of a script's text, as CSP compares it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page with a script-src listing only the hashes of its own inline scripts; unchanged when it has no policy. */
export function narrowScriptHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = [...new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => scriptHash(m[1])))];
  const policy = meta[1]
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive.trim();
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...own].join(' ');
    })
    .filter((d) => d.length > 0)
    .join('; ');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
