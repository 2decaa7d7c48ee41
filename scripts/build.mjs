// Builds the library as one Vite build with several entries that share chunks (Lit, the bases, the content
// store and cache, i18n), so a page that loads two element files loads each shared module once:
// - dist/frontline-widgets.js: the loader (src/loader.ts), the script-tag embed; it imports the modules of
//   the fl-* tags it finds;
// - dist/fl-<name>.js: one element (its entry file, src/components/fl-<name>/fl-<name>.ts);
// - dist/all.js: every element at once (src/index.ts), for bundlers and hosts that want one request;
// then the .d.ts types, the custom elements manifest, integrity.json and the size budgets (scripts/sizes.mjs).
import { build } from 'vite';
import { readdirSync, existsSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { formatPages, formatSizes, limitOf, measureDist, measurePages } from './sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => join(root, 'node_modules', '.bin', name);

rmSync(dist, { recursive: true, force: true });

for (const step of ['prebuild:locales', 'prebuild:content']) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.scripts?.[step]) run('npm', ['run', '--silent', step]);
}

const components = readdirSync(join(root, 'src/components')).filter(
  (name) => name.startsWith('fl-') && existsSync(join(root, 'src/components', name, `${name}.ts`)),
);
// The modules of the lazy validation chunk (zod/mini, the schemas, src/content/validation.ts). No element
// imports a schema value (ESLint checks it), so these load only on demand, as one chunk.
const VALIDATION_MODULES =
  /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]content[\\/](validation|validate|problems)\.ts$|[\\/]src[\\/]content[\\/]schema[\\/](?!dataset\.ts$|version\.ts$)[^\\/]+\.ts$/;

/**
 * Puts the validation modules the entries load on demand into one chunk (one request, instead of a chunk
 * per schema and a shared one they all import). A module an entry imports statically (a small helper such
 * as src/content/problems.ts) stays out of it: in that chunk, the entry would import it before it runs.
 */
function validationChunk(entryFiles) {
  let eager;
  return (id, context) => {
    if (!VALIDATION_MODULES.test(id)) return null;
    if (!eager) {
      eager = new Set();
      const queue = [...entryFiles];
      while (queue.length > 0) {
        const next = queue.pop();
        if (eager.has(next)) continue;
        eager.add(next);
        queue.push(...(context.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return eager.has(id) ? null : 'validation';
  };
}

const entries = {
  'frontline-widgets': 'src/loader.ts',
  all: 'src/index.ts',
  ...Object.fromEntries(components.map((name) => [name, `src/components/${name}/${name}.ts`])),
};

await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: {
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      output: {
        // A translation chunk is named after its language and namespace (`locale-ar-walkin-<hash>.js`).
        chunkFileNames: (chunk) => {
          const locale = /generated[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `chunks/locale-${locale[1]}-${locale[2]}-[hash].js` : 'chunks/[name]-[hash].js';
        },
        minify: true,
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: validationChunk(Object.values(entries).map((file) => join(root, file))), debugName: 'validation' }],
        },
      },
    },
  },
});

run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), [
  'analyze',
  '--litelement',
  '--globs',
  'src/**/*.ts',
  '--exclude',
  'src/generated/**',
  '--exclude',
  'src/cli/**',
  '--exclude',
  'src/authoring/**',
  '--outdir',
  'dist',
]);

// Subresource Integrity of every file a browser runs: the entries (for the script tag's `integrity`) and
// the chunks they load later (for an import map's `integrity`, which covers dynamic imports). README, "Embed".
const scripts = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js') && !file.startsWith('cli/') && !file.startsWith('types/'))
  .sort();
const integrity = Object.fromEntries(
  scripts.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(dist, file)))
      .digest('base64')}`,
  ]),
);
writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

// What each entry and each kind of page costs a reader; the build fails when a page is over its budget.
const measured = measureDist(dist);
console.log(formatSizes(measured));
const pages = measurePages(dist, components);
console.log(`\n${formatPages(pages)}`);
const over = pages.filter((page) => page.gzip > limitOf(page));
if (over.length > 0) {
  console.error(
    `\nBuild refused, over budget (min+gzip):\n  ${over.map((page) => `${page.page}: ${(page.gzip / 1024).toFixed(1)} KB, at most ${limitOf(page) / 1024} KB`).join('\n  ')}`,
  );
  process.exit(1);
}
