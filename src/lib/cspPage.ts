// Astro writes into every page's Content Security Policy the hashes of every script the whole site could hold
// (its own island scripts, client directives, every bundled file): a dozen hashes, about 700 bytes that do not
// compress, on each page. A page only needs the hashes of the scripts written into it; files it loads are covered
// by 'self'. This rewrites the script-src of one page to exactly those.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { pieceBuffer } from './pieces.ts';

/** The sha256 source expression of a script's text (or of its UTF-8 bytes), as CSP compares it. */
export function scriptHash(text: string | Uint8Array): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

const META_START = Buffer.from('<meta http-equiv="content-security-policy" content="');
const SCRIPT_START = Buffer.from('<script');
const SCRIPT_END = Buffer.from('</script>');
const QUOTE = 0x22;
const CLOSE = 0x3e;

/** What the scan of a page found: its policy (where the meta element is, and the policy's text) and its inline scripts' hashes. */
interface Scanned {
  policy?: { from: number; to: number; text: string };
  hashes: string[];
}

/**
 * A page read through a window that moves along it: each call is handed the bytes from `base` (an offset in the page)
 * that follow the ones kept from the last call, and returns from where in this window the bytes must be kept for the
 * next one (a meta element or a script whose end is not there yet). The policy is the first meta element whose
 * content ends with `">`; the scripts are found one after the other, so a `<script` written inside a script is text.
 */
class PageScan {
  readonly found: Scanned = { hashes: [] };
  // where each search resumes, as offsets in the page
  private meta = 0;
  private script = 0;

  scan(window: Buffer, base: number, final: boolean): number {
    const metaKeep = this.found.policy ? window.length : this.scanMeta(window, base, final);
    const scriptKeep = this.scanScripts(window, base, final);
    return Math.min(metaKeep, scriptKeep);
  }

  private scanMeta(window: Buffer, base: number, final: boolean): number {
    for (let at = window.indexOf(META_START, this.meta - base); at !== -1; at = window.indexOf(META_START, at + 1)) {
      const open = at + META_START.length;
      const quote = window.indexOf(QUOTE, open);
      if (!final && (quote === -1 || quote + 1 >= window.length)) return this.keepFrom(at, base, 'meta');
      if (quote !== -1 && window[quote + 1] === CLOSE) {
        this.found.policy = { from: base + at, to: base + quote + 2, text: window.toString('latin1', open, quote) };
        return window.length;
      }
    }
    // a meta element may begin in the last bytes
    return this.keepFrom(Math.max(this.meta - base, window.length - META_START.length + 1), base, 'meta');
  }

  private scanScripts(window: Buffer, base: number, final: boolean): number {
    let at = window.indexOf(SCRIPT_START, this.script - base);
    while (at !== -1) {
      const tagEnd = window.indexOf(CLOSE, at);
      if (tagEnd === -1) {
        if (final) break;
        return this.keepFrom(at, base, 'script');
      }
      // the tag alone is read as text: a few dozen bytes, whatever the page's length
      const loads = /\bsrc=/.test(window.toString('latin1', at, tagEnd));
      const close = loads ? -1 : window.indexOf(SCRIPT_END, tagEnd + 1);
      if (close === -1 && !loads && !final) return this.keepFrom(at, base, 'script');
      if (close === -1) {
        at = window.indexOf(SCRIPT_START, at + 1);
        continue;
      }
      this.found.hashes.push(scriptHash(window.subarray(tagEnd + 1, close)));
      this.script = base + close + SCRIPT_END.length;
      at = window.indexOf(SCRIPT_START, close + SCRIPT_END.length);
    }
    // a script may begin in the last bytes
    return this.keepFrom(Math.max(this.script - base, window.length - SCRIPT_START.length + 1), base, 'script');
  }

  /** Resume the search at `at` of this window, and keep the bytes from there. */
  private keepFrom(at: number, base: number, search: 'meta' | 'script'): number {
    const kept = Math.max(0, at);
    this[search] = base + kept;
    return kept;
  }
}

/** The policy with a script-src listing only `own` hashes; its other directives as they were. */
function narrowedPolicy(written: string, own: Set<string>): string {
  return written
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive.trim();
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...own].join(' ');
    })
    .filter((d) => d.length > 0)
    .join('; ');
}

/** The meta element of a policy, as bytes: the policy was read one byte per character and is written back the same way. */
function metaElement(policy: string): Buffer {
  return Buffer.from(`<meta http-equiv="content-security-policy" content="${policy}">`, 'latin1');
}

/**
 * A built file with a script-src listing only the hashes of its own inline scripts, rewritten in place; left as it was
 * when it has no policy or its policy is already so. Searched as bytes, never decoded, read piece by piece into
 * `buffer` (one piece of src/lib/pieces.ts unless told; a caller that narrows many files hands each the same one):
 * the booklet weighs 61 MB at 2,000 chapters, and 8,000 pages read whole left some 270 MB of buffers for the
 * collector. A script longer than the buffer is read into a larger one. Returns how many bytes the page lost.
 */
export function narrowFileScriptHashes(file: string, buffer: Buffer = pieceBuffer()): number {
  const fd = openSync(file, 'r+');
  try {
    const size = fstatSync(fd).size;
    const scan = new PageScan();
    // bytes [base, base + filled) of the page are in the buffer
    let base = 0;
    let filled = 0;
    while (base + filled < size) {
      if (filled === buffer.length) {
        // what is kept fills the buffer (a script longer than a piece): the buffer grows
        const larger = Buffer.alloc(Math.max(1, buffer.length * 2));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, base + filled);
      if (read === 0) throw new Error(`${file} : le fichier a raccourci pendant sa lecture`);
      filled += read;
      const final = base + filled >= size;
      const keep = scan.scan(buffer.subarray(0, filled), base, final);
      buffer.copy(buffer, 0, keep, filled);
      base += keep;
      filled -= keep;
    }
    const { policy: found, hashes } = scan.found;
    if (!found) return 0;
    const policy = narrowedPolicy(found.text, new Set(hashes));
    if (policy === found.text) return 0;
    const meta = metaElement(policy);
    const shift = found.to - found.from - meta.length;
    moveTail(fd, buffer, found.to, size, -shift);
    writeSync(fd, meta, 0, meta.length, found.from);
    if (shift > 0) ftruncateSync(fd, size - shift);
    return shift;
  } finally {
    closeSync(fd);
  }
}

/** Move the bytes [from, size) of an open file by `by` bytes (back when negative), through `buffer`. */
function moveTail(fd: number, buffer: Buffer, from: number, size: number, by: number): void {
  if (by === 0) return;
  if (by < 0) {
    // towards the start: each piece is read before the bytes it lands on are needed
    for (let at = from; at < size; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, size - at), at);
      writeSync(fd, buffer, 0, read, at + by);
      at += read;
    }
  } else {
    // towards the end: from the last piece back
    for (let end = size; end > from; ) {
      const at = Math.max(from, end - buffer.length);
      const read = readSync(fd, buffer, 0, end - at, at);
      writeSync(fd, buffer, 0, read, at + by);
      end = at;
    }
  }
}
