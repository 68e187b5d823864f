// After the build, each page's Content Security Policy keeps only the hashes of its own inline scripts
// (src/lib/cspPage.ts): shorter pages, and a stricter policy.
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listHtml, readReused } from '../lib/builtPages.ts';
import { policyRewrite } from '../lib/cspPage.ts';

export function cspPerPage(): AstroIntegration {
  return {
    name: 'numerique-libre:csp-par-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let saved = 0;
        const files = listHtml(fileURLToPath(dir)).map((p) => p.file);
        for (const file of files) {
          const page = readReused(file);
          const change = policyRewrite(page);
          if (!change) continue;
          saved += change.to - change.from - change.meta.length;
          // the page is whole in memory: written again in three pieces, without joining them into a copy first
          const out = openSync(file, 'w');
          try {
            writeSync(out, page, 0, change.from);
            writeSync(out, change.meta);
            writeSync(out, page, change.to, page.length - change.to);
          } finally {
            closeSync(out);
          }
        }
        logger.info(`politique de sécurité : ${files.length} pages, ${Math.round(saved / Math.max(1, files.length))} octets de moins par page`);
      },
    },
  };
}
