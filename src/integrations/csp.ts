// After the build, each page's Content Security Policy keeps only the hashes of its own inline scripts
// (src/lib/cspPage.ts): shorter pages, and a stricter policy.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { listHtml } from '../lib/builtPages.ts';
import { narrowFileScriptHashes } from '../lib/cspPage.ts';
import { pieceBuffer } from '../lib/pieces.ts';

export function cspPerPage(): AstroIntegration {
  return {
    name: 'numerique-libre:csp-par-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let saved = 0;
        const files = listHtml(fileURLToPath(dir)).map((p) => p.file);
        // each page read piece by piece into the same buffer, and rewritten in place only when its policy changes
        const buffer = pieceBuffer();
        for (const file of files) saved += narrowFileScriptHashes(file, buffer);
        logger.info(`politique de sécurité : ${files.length} pages, ${Math.round(saved / Math.max(1, files.length))} octets de moins par page`);
      },
    },
  };
}
