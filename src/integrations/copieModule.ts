// The offline copy's browser module (src/scripts/copieModule.ts) built as a file of its own at a fixed address,
// OFFLINE.module: the box that offers the copy loads it by that address (data-module) only once the reader asks for the
// copy or holds it, so that no page carries the bundler's loader or a hashed name for it.
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { OFFLINE } from '../lib/horsLigne.ts';

export function copieModule(): Plugin {
  return {
    name: 'numerique-libre:copie-module',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      this.emitFile({ type: 'chunk', id: fileURLToPath(new URL('../scripts/copieModule.ts', import.meta.url)), fileName: OFFLINE.module });
    },
  };
}
