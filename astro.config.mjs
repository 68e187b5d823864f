// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { loadSite } from './src/lib/loadSite.ts';
import { resolveSiteUrl } from './src/lib/siteUrl.ts';

const site = loadSite();
const url = resolveSiteUrl(site.url, process.env);
if (url.placeholder) {
  console.warn(
    `\n⚠ Adresse publique provisoire (${url.site}${url.base}) : renseignez « url » dans content/site.yaml ou la variable SITE_URL avant de publier.\n`,
  );
}

export default defineConfig({
  site: url.site,
  base: url.base,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // smart punctuation would produce English quotes: French typography is handled by the authors' « » and the build
    processor: unified({ smartypants: false }),
    syntaxHighlight: false,
  },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly on the main thread when workers are unavailable
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
