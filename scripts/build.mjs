// Builds the library: one self-contained ES module per element (dist/fl-<name>.js) and one that
// defines every element (dist/frontline-widgets.js) for the script-tag embed, then the .d.ts types and
// the custom elements manifest. Each entry is built on its own so that no entry imports another's chunks.
import { build } from 'vite';
import { readdirSync, existsSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { formatSizes, measureDist } from './sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => join(root, 'node_modules', '.bin', name);

rmSync(dist, { recursive: true, force: true });

for (const step of ['prebuild:locales', 'prebuild:content']) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.scripts?.[step]) run('npm', ['run', '--silent', step]);
}

const components = readdirSync(join(root, 'src/components'))
  .filter((name) => name.startsWith('fl-') && existsSync(join(root, 'src/components', name, `${name}.ts`)));
// The modules of the lazy validation chunk (zod/mini, the schemas, src/content/validation.ts).
const VALIDATION_MODULES = /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]content[\\/](validation|validate|problems)\.ts$|[\\/]src[\\/]content[\\/]schema[\\/](?!dataset\.ts$|version\.ts$)[^\\/]+\.ts$/;

/**
 * Puts the validation modules an entry loads on demand into one chunk (one request, instead of a chunk
 * per schema and a shared one they all import). A module the entry imports statically stays in the
 * entry (an element that passes its schema, not a reference, to its ContentController): in a chunk, the
 * entry would import that chunk before it runs.
 */
function validationChunk(entryFile) {
  let eager;
  return (id, context) => {
    if (!VALIDATION_MODULES.test(id)) return null;
    if (!eager) {
      eager = new Set();
      const queue = [entryFile];
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

const entries = [
  { name: 'frontline-widgets', file: 'src/index.ts' },
  ...components.map((name) => ({ name, file: `src/components/${name}/${name}.ts` })),
];

for (const entry of entries) {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      lib: { entry: join(root, entry.file), formats: ['es'], fileName: () => `${entry.name}.js` },
      rollupOptions: {
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: validationChunk(join(root, entry.file)), debugName: 'validation' }] },
        },
      },
    },
  });
}

run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**', '--exclude', 'src/cli/**', '--exclude', 'src/authoring/**', '--outdir', 'dist']);

// Subresource Integrity of every file a browser runs: the entries (for the script tag's `integrity`) and
// the chunks they load later (for an import map's `integrity`, which covers dynamic imports). README, "Embed".
const scripts = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js') && !file.startsWith('cli/') && !file.startsWith('types/'))
  .sort();
const integrity = Object.fromEntries(scripts.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(dist, file))).digest('base64')}`]));
writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

// What each entry costs a reader, and the promises the design makes about it: each entry is one file
// (its chunks load later, by relative URL) and holds no validation code (zod loads on demand).
const measured = measureDist(dist);
console.log(formatSizes(measured));
const broken = [];
const warnings = [];
// Elements that import a dataset's schema (a value, not a type) instead of its reference.
const eagerSchemas = readdirSync(join(root, 'src/components'), { recursive: true })
  .filter((file) => String(file).endsWith('.ts'))
  .flatMap((file) => {
    const text = readFileSync(join(root, 'src/components', String(file)), 'utf8');
    return [...text.matchAll(/^import (?!type\b)[^;]*from '[./]*content\/schema\/(?!dataset\.js|version\.js)[\w-]+\.js';/gm)].map((m) => `src/components/${file}: ${m[0]}`);
  });
for (const entry of measured) {
  if (entry.eagerFiles.length > 1) broken.push(`${entry.name}.js imports ${entry.eagerFiles.slice(1).map((f) => f.file).join(', ')} before it runs`);
  const map = JSON.parse(readFileSync(join(dist, `${entry.name}.js.map`), 'utf8'));
  const zod = map.sources.filter((source) => /node_modules\/zod\//.test(source));
  if (zod.length > 0) warnings.push(`${entry.name}.js holds zod (${zod.length} modules), which it could load on demand`);
}
if (warnings.length > 0) {
  console.warn(
    `\nNote:\n  ${warnings.join('\n  ')}\n  because an element imports its schema instead of a reference from src/content/dataset-refs.js:\n    ` +
      `${eagerSchemas.join('\n    ')}\n  (import { xDataset } from '../../content/dataset-refs.js' and the types with import type).`,
  );
}
if (broken.length > 0) {
  console.error(`\nBuild refused:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
