import { defineConfig } from 'vite';
import { contentPlugin, scaleContentPlugin } from './scripts/content.js';
import { minifyTemplates } from './scripts/minify-templates.js';

/**
 * One config for the demo server (`npm start`), the library build (scripts/build.mjs passes each entry
 * in turn) and Storybook (which merges this file). TypeScript uses legacy decorators
 * (`experimentalDecorators` in tsconfig.json): Oxc lowers those, and standard ones would ship raw.
 */
export default defineConfig({
  // The demo server publishes demo/content/ on the fly, so the demo loads it through the real loader.
  // Library builds also minify the whitespace of Lit templates (scripts/minify-templates.ts).
  // demo/scale.html gets 10,000 generated services under /scale-content/ (scripts/content.ts).
  plugins: [
    contentPlugin(new URL('./demo/content/', import.meta.url).pathname),
    scaleContentPlugin(new URL('./demo/content/', import.meta.url).pathname),
    minifyTemplates(),
  ],
  server: {
    host: '127.0.0.1',
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    rollupOptions: {
      // Translations are chunks loaded on demand (src/i18n/localize.ts). They need `str` from
      // @lit/localize: let them import it from the entry file, which may then export more than its own
      // API, instead of splitting it into a shared chunk that the entry would import (no longer one file).
      preserveEntrySignatures: 'allow-extension',
      // Schemas are built at module level (`const x = z.object(...)`); marking zod's calls pure lets the
      // bundler drop the schemas an entry does not use (about 1 KB gzip on one element's entry).
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
});
