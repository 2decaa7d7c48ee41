import { defineConfig } from 'vite';
import { contentPlugin } from './scripts/content.js';

/**
 * One config for the demo server (`npm start`), the library build (scripts/build.mjs passes each entry
 * in turn) and Storybook (which merges this file). TypeScript uses legacy decorators
 * (`experimentalDecorators` in tsconfig.json): Oxc lowers those, and standard ones would ship raw.
 */
export default defineConfig({
  // The demo server publishes demo/content/ on the fly, so the demo loads it through the real loader.
  plugins: [contentPlugin(new URL('./demo/content/', import.meta.url).pathname)],
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
      // Schemas are built at module level (`const x = z.object(...)`); marking zod's calls pure lets the
      // bundler drop the schemas an entry does not use (about 1 KB gzip on one element's entry).
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
});
