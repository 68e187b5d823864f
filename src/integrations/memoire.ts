// The memory a build takes. After each full collection, V8 lets its heap grow to as much as four times what it still
// holds before it collects again, when the machine has memory to spare: rendering a guide of 2,000 chapters held
// some 400 MB of objects in 750 MB of heap pages, which V8 keeps once it has them. For the build, the heap grows by
// HEAP_GROWTH_PERCENT only: at 2,000 chapters, the rendering takes 1,070 MB instead of 1,450, in the same time
// (bench/README.md). The setting is V8's own (--heap-growing-percent), read after each full collection.
import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';

/** How much the heap may grow past what it holds after a full collection, in percent. */
export const HEAP_GROWTH_PERCENT = 25;

/** Integration: a build whose heap grows by HEAP_GROWTH_PERCENT past what it holds. */
export function memoireDeConstruction(): AstroIntegration {
  return {
    name: 'numerique-libre:memoire',
    hooks: {
      // from the start of a build, its content loading included; the dev server is left to V8's own measure
      'astro:config:setup': ({ command }) => {
        if (command === 'build') setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
      },
    },
  };
}
