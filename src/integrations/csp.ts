// After the build, each page's Content Security Policy keeps only the hashes of its own inline scripts
// (src/lib/cspPage.ts): shorter pages, and a stricter policy.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listHtml } from '../lib/builtPages.ts';
import { narrowScriptHashes } from '../lib/cspPage.ts';

export function cspPerPage(): AstroIntegration {
  return {
    name: 'numerique-libre:csp-par-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let saved = 0;
        const files = listHtml(fileURLToPath(dir)).map((p) => p.file);
        for (const file of files) {
          const page = readFileSync(file);
          const narrowed = narrowScriptHashes(page);
          saved += page.length - narrowed.length;
          if (!narrowed.equals(page)) writeFileSync(file, narrowed);
        }
        logger.info(`politique de sécurité : ${files.length} pages, ${Math.round(saved / Math.max(1, files.length))} octets de moins par page`);
      },
    },
  };
}
