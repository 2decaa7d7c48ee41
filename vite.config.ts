import { defineConfig, type PluginOption } from 'vite';
import { contentPlugin, scaleContentPlugin } from './scripts/content.js';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * One config for the demo server (`npm start`), the library build (scripts/build.mjs passes each entry
 * in turn) and Storybook (which merges this file). TypeScript uses legacy decorators
 * (`experimentalDecorators` in tsconfig.json): Oxc lowers those, and standard ones would ship raw.
 */
export default defineConfig({
  // The demo server publishes demo/content/ on the fly, so the demo loads it through the real loader.
  // Library builds also minify Lit's html, svg and css templates (templates()).
  // demo/scale.html gets 10,000 generated services under /scale-content/ (scripts/content.ts).
  plugins: [
    contentPlugin(new URL('./demo/content/', import.meta.url).pathname),
    scaleContentPlugin(new URL('./demo/content/', import.meta.url).pathname),
    templates(),
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

/**
 * The Lit team's template minifier, in library builds only (scripts/build.mjs): the dev server, the
 * tests and Storybook see the sources as written, and `npm run check:dist` compares the two in Chromium.
 * Whitespace runs collapse to one space, never to none (a template such as html` <a ...>` starts with
 * a space that separates it from its neighbour). Empty attributes stay: the minifier would drop
 * `title=""` and `lang=""`, which mean something. Templates passed to `msg()` change too, so each
 * `msg()` call names its `id` (an id derived from the text would no longer match the translations).
 */
function templates(): PluginOption {
  const plugin = minifyHTML({
    filter: (id) => /[\\/]src[\\/].*\.ts$/.test(id),
    failOnError: true,
    options: {
      minifyOptions: {
        conservativeCollapse: true,
        removeEmptyAttributes: false,
        // svg`<circle .../><path .../>` fragments are parsed as HTML, where `/>` does not close a
        // <circle>: without the slash the path would become the circle's child and not be drawn.
        keepClosingSlash: true,
        // `<option selected disabled>` as written (by default it becomes `selected="selected"`).
        collapseBooleanAttributes: true,
        // The oldest browsers that read our styles as written (:dir() needs Chrome 120, color-mix()
        // Firefox 113, :dir() and color-mix() Safari 16.4), so that lightningcss only minifies: with
        // older targets it rewrites :dir(rtl) as a list of :lang() selectors, which is not the same test.
        minifyCSS: { targets: { chrome: 120 << 16, firefox: 114 << 16, safari: (16 << 16) | (4 << 8) } },
      },
    },
  });
  return { ...plugin, apply: (config, env) => env.command === 'build' && Boolean(config.build?.lib) };
}
